package org.example.placement.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every setting the Dockerfile, the compose file and the chart give the service is one
 * the service has, so a renamed or mistyped property fails here rather than being ignored
 * in production. Known properties are those of the configuration metadata on the
 * classpath: Spring Boot's, and the service's own (generated from its
 * {@code @ConfigurationProperties} by spring-boot-configuration-processor, plus
 * {@code META-INF/additional-spring-configuration-metadata.json} for the {@code @Value}
 * ones). An environment variable names a property as Spring Boot's relaxed binding reads
 * it: upper case, dots as underscores, dashes dropped.
 */
class DeploymentConfigurationKeysTests {

	/** Read by the image's entrypoint, not by Spring. */
	private static final Set<String> NOT_SPRING = Set.of("JAVA_OPTS");

	private static final Pattern ENV = Pattern.compile("^ENV\\s+(.*?)(?=^[A-Z]+\\s|\\z)",
			Pattern.MULTILINE | Pattern.DOTALL);

	private static final Pattern ENV_NAME = Pattern.compile("(?:^|\\s)([A-Z][A-Z0-9_]*)=");

	@TempDir
	Path work;

	private final Map<String, String> known = knownProperties();

	@Test
	void theCheckKnowsTheServicesPropertiesAndRefusesAMisspeltOne() {
		assertThat(unknown(List.of("PLACEMENT_RULES_WATCHINTERVAL", "PLACEMENT_SCENARIOS_LOCATION",
				"SPRING_DATASOURCE_PASSWORD", "LOGGING_STRUCTURED_FORMAT_CONSOLE", "PLACEMENT_SECURITY_TOKENURL")))
			.isEmpty();
		assertThat(unknown(List.of("SPRING_DATASOURCE_PASWORD", "PLACEMENT_RULES_DIRECTORY")))
			.containsExactly("PLACEMENT_RULES_DIRECTORY", "SPRING_DATASOURCE_PASWORD");
	}

	@Test
	void theDockerfilesEnvironmentNamesKnownProperties() throws IOException {
		List<String> names = new ArrayList<>();
		Matcher env = ENV.matcher(Files.readString(DeployFiles.DOCKERFILE).replaceAll("\\\\\\n", " "));
		while (env.find()) {
			Matcher name = ENV_NAME.matcher(env.group(1));
			while (name.find()) {
				names.add(name.group(1));
			}
		}

		assertThat(names).contains("PLACEMENT_RULES_LOCATION", "JAVA_OPTS");
		assertThat(unknown(names)).isEmpty();
	}

	@Test
	void theComposeFilesEnvironmentAndSecretsNameKnownProperties() throws IOException {
		JsonNode placement = DeployFiles.readYaml(DeployFiles.COMPOSE).path("services").path("placement");
		List<String> secretProperties = new ArrayList<>();
		placement.path("secrets").forEach((secret) -> {
			String target = secret.path("target").asString();
			if (!target.endsWith(".properties")) {
				secretProperties.add(target);
			}
		});

		assertThat(unknown(new ArrayList<>(placement.path("environment").propertyNames()))).isEmpty();
		assertThat(secretProperties).as("config tree files, each named by its property")
			.containsExactly("spring.datasource.password")
			.allSatisfy((property) -> assertThat(known).containsKey(property));
	}

	@Test
	void theChartsEnvironmentNamesKnownPropertiesInEveryShape() throws IOException {
		List<Map<String, Object>> shapes = List.of(DeployFiles.values(Map.of()),
				Map.of("database", Map.of("url", "jdbc:postgresql://db:5432/placement"), "existingSecret",
						"credentials", "jwt",
						Map.of("issuerUri", "https://idp.example.org/realms/care", "audiences", List.of("placement"),
								"tokenUrl", "https://idp.example.org/token"),
						"ruleset", Map.of("archive", "H4sIAAAAAAAAAwMAAAAAAAAAAAA=")));
		Set<String> names = new TreeSet<>();
		for (Map<String, Object> values : shapes) {
			JsonNode deployment = DeployFiles.only(DeployFiles.render(values, work), "Deployment");
			deployment.path("spec")
				.path("template")
				.path("spec")
				.path("containers")
				.forEach((container) -> container.path("env")
					.forEach((variable) -> names.add(variable.path("name").asString())));
		}

		assertThat(names).contains("SPRING_DATASOURCE_URL", "SPRING_CONFIG_IMPORT",
				"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUERURI", "PLACEMENT_RULES_LOCATION");
		assertThat(unknown(names)).isEmpty();
	}

	@Test
	void theClientsPropertiesFilesNameKnownProperties() throws IOException {
		Properties example = new Properties();
		example.load(
				new StringReader(Files.readString(DeployFiles.DEPLOY.resolve("placement-clients.example.properties"))));
		Properties rendered = new Properties();
		rendered
			.load(new StringReader(DeployFiles.only(DeployFiles.render(DeployFiles.values(Map.of()), work), "Secret")
				.path("stringData")
				.path("clients.properties")
				.asString()));
		Set<String> fields = clientFields();

		for (Properties file : List.of(example, rendered)) {
			assertThat(file.stringPropertyNames()).isNotEmpty().allSatisfy((key) -> {
				assertThat(key).startsWith("placement.security.clients.");
				assertThat(known).containsKey("placement.security.clients");
				assertThat(fields).contains(key.substring(key.lastIndexOf('.') + 1));
			});
		}
	}

	/** The names that are neither a known property nor read by the entrypoint, sorted. */
	private List<String> unknown(Iterable<String> environmentNames) {
		List<String> unknown = new ArrayList<>();
		for (String name : environmentNames) {
			if (!NOT_SPRING.contains(name) && known.keySet().stream().noneMatch((key) -> binds(name, key))) {
				unknown.add(name);
			}
		}
		Collections.sort(unknown);
		return unknown;
	}

	private boolean binds(String environmentName, String property) {
		String form = property.toUpperCase(Locale.ROOT).replace('.', '_').replace("-", "");
		return environmentName.equals(form)
				|| (known.get(property).startsWith("java.util.Map") && environmentName.startsWith(form + "_"));
	}

	/**
	 * The fields of one API client ({@code security.SecurityProperties.Client}),
	 * kebab-case.
	 */
	private static Set<String> clientFields() {
		try {
			Class<?> client = Class.forName("org.example.placement.security.SecurityProperties$Client");
			Set<String> fields = new TreeSet<>();
			Arrays.stream(client.getRecordComponents())
				.forEach((component) -> fields
					.add(component.getName().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT)));
			return fields;
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Property name to its type, from every configuration metadata file on the classpath.
	 */
	private static Map<String, String> knownProperties() {
		ObjectMapper json = JsonMapper.builder().build();
		Map<String, String> known = new HashMap<>();
		try {
			for (String file : List.of("META-INF/spring-configuration-metadata.json",
					"META-INF/additional-spring-configuration-metadata.json")) {
				for (URL url : Collections
					.list(DeploymentConfigurationKeysTests.class.getClassLoader().getResources(file))) {
					try (InputStream in = url.openStream()) {
						json.readTree(in)
							.path("properties")
							.forEach((property) -> known.put(property.path("name").asString(),
									property.path("type").asString("")));
					}
				}
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return known;
	}

}
