package org.example.placement.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.marcnuri.helm.Helm;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The packaging under {@code src/deploy} (Dockerfile, compose file, Helm chart) as the
 * tests read it: YAML through Jackson, the chart rendered in-process by Helm
 * ({@code helm-java} bundles the Helm library, so no binary or cluster is needed).
 */
final class DeployFiles {

	static final Path DEPLOY = Path.of("src/deploy");

	static final Path CHART = DEPLOY.resolve("helm/placement-decision-service");

	static final Path COMPOSE = DEPLOY.resolve("compose.yaml");

	static final Path DOCKERFILE = DEPLOY.resolve("Dockerfile");

	static final ObjectMapper YAML = YAMLMapper.builder().build();

	private static final Pattern DOCUMENT_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

	private DeployFiles() {
	}

	static JsonNode readYaml(Path file) throws IOException {
		return YAML.readTree(Files.readString(file));
	}

	/**
	 * Values every install must give (the chart refuses to render without them), with the
	 * overrides of a test on top.
	 */
	static Map<String, Object> values(Map<String, Object> overrides) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("database", Map.of("url", "jdbc:postgresql://postgres.care.svc:5432/placement", "username",
				"placement", "password", "not-a-real-password"));
		values.put("apiClients", Map.of("case-management", Map.of("keySha256", "0".repeat(64), "roles",
				List.of("DECIDE", "AUDIT"), "authorities", List.of("E06000047"))));
		values.putAll(overrides);
		return values;
	}

	/** {@code helm template} of the chart with these values, one JSON tree a document. */
	static List<JsonNode> render(Map<String, Object> values, Path workDir) throws IOException {
		return documents(template(values, workDir));
	}

	static String template(Map<String, Object> values, Path workDir) throws IOException {
		Path file = Files.createTempFile(workDir, "values", ".yaml");
		YAML.writeValue(file.toFile(), values);
		return new Helm(CHART).template().withName("placement").withNamespace("care").withValuesFile(file).call();
	}

	static List<JsonNode> documents(String yaml) {
		List<JsonNode> documents = new ArrayList<>();
		for (String part : DOCUMENT_SEPARATOR.split(yaml)) {
			JsonNode node = YAML.readTree(part);
			if (node != null && node.isObject()) {
				documents.add(node);
			}
		}
		return documents;
	}

	static JsonNode only(List<JsonNode> documents, String kind) {
		List<JsonNode> found = documents.stream().filter((d) -> kind.equals(d.path("kind").asString())).toList();
		if (found.size() != 1) {
			throw new AssertionError("expected one " + kind + ", rendered " + found.size());
		}
		return found.get(0);
	}

	static boolean has(List<JsonNode> documents, String kind) {
		return documents.stream().anyMatch((d) -> kind.equals(d.path("kind").asString()));
	}

	/** A copy of the chart whose values.yaml has these values merged over its own. */
	static Path chartWithValues(Map<String, Object> values, Path workDir) throws IOException {
		Path copy = workDir.resolve("placement-decision-service");
		try (Stream<Path> files = Files.walk(CHART)) {
			for (Path source : files.toList()) {
				Path target = copy.resolve(CHART.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				}
				else {
					Files.copy(source, target);
				}
			}
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> merged = YAML.readValue(copy.resolve("values.yaml").toFile(), Map.class);
		merge(merged, values);
		YAML.writeValue(copy.resolve("values.yaml").toFile(), merged);
		return copy;
	}

	@SuppressWarnings("unchecked")
	private static void merge(Map<String, Object> into, Map<String, Object> from) {
		from.forEach((key, value) -> {
			if (value instanceof Map<?, ?> nested && into.get(key) instanceof Map<?, ?> existing) {
				Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) existing);
				merge(copy, (Map<String, Object>) nested);
				into.put(key, copy);
			}
			else {
				into.put(key, value);
			}
		});
	}

}
