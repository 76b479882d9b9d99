package org.example.placement.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code src/deploy/compose.yaml}: valid against the Compose Specification's JSON schema
 * (vendored in src/test/resources/deploy, see NOTICE), and the service on PostgreSQL 18
 * as README "Deploying" says.
 */
class ComposeFileTests {

	private final JsonNode compose = read();

	@Test
	void isValidAgainstTheComposeSpecificationSchema() throws IOException {
		assertThat(errors(compose)).isEmpty();
	}

	@Test
	void theSchemaCheckCatchesAMistypedKey() throws IOException {
		ObjectNode broken = (ObjectNode) compose.deepCopy();
		((ObjectNode) broken.path("services").path("placement")).put("depends_onn", "postgres");

		assertThat(errors(broken)).isNotEmpty();
	}

	@Test
	void runsTheServiceOnPostgreSql18OnceTheDatabaseIsHealthy() {
		JsonNode postgres = compose.path("services").path("postgres");
		JsonNode placement = compose.path("services").path("placement");

		assertThat(postgres.path("image").asString()).matches("postgres:18(\\.[0-9]+)*(-[a-z0-9]+)?");
		assertThat(postgres.path("healthcheck").path("test").toString()).contains("pg_isready");
		assertThat(placement.path("depends_on").path("postgres").path("condition").asString())
			.isEqualTo("service_healthy");
		assertThat(placement.path("environment").path("SPRING_DATASOURCE_URL").asString())
			.startsWith("jdbc:postgresql://postgres:5432/");
		assertThat(postgres.path("volumes").toString()).contains("postgres-data:/var/lib/postgresql");
		assertThat(compose.path("volumes").has("postgres-data")).isTrue();
	}

	@Test
	void buildsTheImageFromTheRepositoryWithTheDockerfile() {
		JsonNode build = compose.path("services").path("placement").path("build");
		Path context = DeployFiles.DEPLOY.resolve(build.path("context").asString()).normalize();

		assertThat(context.toAbsolutePath()).isEqualTo(Path.of("").toAbsolutePath());
		assertThat(context.resolve(build.path("dockerfile").asString()).normalize()).isEqualTo(DeployFiles.DOCKERFILE);
	}

	@Test
	void secretsAreFilesOutsideGitNeverEnvironmentValues() throws IOException {
		JsonNode placement = compose.path("services").path("placement");

		compose.path("secrets")
			.forEach((secret) -> assertThat(secret.path("file").asString()).startsWith("./secrets/"));
		assertThat(Files.readAllLines(Path.of(".gitignore"))).contains("src/deploy/secrets/");
		assertThat(Files.readAllLines(Path.of(".dockerignore"))).contains("src/deploy/secrets");
		assertThat(placement.path("environment").propertyNames()).noneMatch((name) -> name.contains("PASSWORD"));
		assertThat(
				compose.path("services").path("postgres").path("environment").path("POSTGRES_PASSWORD_FILE").asString())
			.isEqualTo("/run/secrets/db_password");
	}

	@Test
	void stopGracePeriodCoversTheServicesOwnShutdownPeriod() throws IOException {
		Duration grace = DurationStyle
			.detectAndParse(compose.path("services").path("placement").path("stop_grace_period").asString());
		Properties application = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
			application.load(in);
		}

		assertThat(grace).isGreaterThan(
				DurationStyle.detectAndParse(application.getProperty("spring.lifecycle.timeout-per-shutdown-phase")));
	}

	private static List<Error> errors(JsonNode document) throws IOException {
		JsonNode schema;
		try (InputStream in = ComposeFileTests.class.getResourceAsStream("/deploy/compose-spec.json")) {
			schema = DeployFiles.YAML.readTree(in);
		}
		// its $id, "compose_spec.json", is relative; the validator wants an absolute one
		// at the root
		((ObjectNode) schema).put("$id", "https://compose-spec.io/schema/compose-spec.json");
		return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schema).validate(document);
	}

	private static JsonNode read() {
		try {
			return DeployFiles.readYaml(DeployFiles.COMPOSE);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
