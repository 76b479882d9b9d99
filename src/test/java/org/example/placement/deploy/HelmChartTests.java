package org.example.placement.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Helm chart ({@code src/deploy/helm/placement-decision-service}): {@code helm lint}
 * passes in strict mode, and what {@code helm template} renders is valid Kubernetes (read
 * strictly into the API model) and runs the service as README "Deploying" says.
 */
class HelmChartTests {

	@TempDir
	Path work;

	@Test
	void lintsCleanInStrictModeWithTheValuesAnInstallGives() throws IOException {
		LintResult lint = new Helm(DeployFiles.chartWithValues(DeployFiles.values(Map.of()), work)).lint()
			.strict()
			.call();

		assertThat(lint.isFailed()).as(String.join("\n", lint.getMessages())).isFalse();
	}

	@Test
	void refusesToRenderWithoutADatabaseOrAWayToAuthenticateCallers() {
		assertThatThrownBy(() -> DeployFiles.template(Map.of(), work)).hasMessageContaining("database.url is required");
		Map<String, Object> noCredential = Map.of("database",
				Map.of("url", "jdbc:postgresql://db:5432/placement", "password", "x"));
		assertThatThrownBy(() -> DeployFiles.template(noCredential, work))
			.hasMessageContaining("callers need a credential");
		Map<String, Object> both = DeployFiles.values(Map.of("jwt", Map.of("issuerUri", "https://idp.example.org")));
		assertThatThrownBy(() -> DeployFiles.template(both, work)).hasMessageContaining("not both");
	}

	@Test
	void everyManifestOfEveryShapeIsAValidKubernetesObject() throws IOException {
		Map<String, Set<String>> shapes = Map
			.of("api keys, autoscaled", kinds(DeployFiles.values(Map.of())), "jwt, existing secret, ruleset ConfigMap",
					kinds(Map.of("database", Map.of("url", "jdbc:postgresql://db:5432/placement"), "existingSecret",
							"placement-credentials", "jwt",
							Map.of("issuerUri", "https://idp.example.org/realms/care", "audiences",
									List.of("placement")),
							"ruleset", Map.of("archive", rulesetArchive()))),
					"one replica, no autoscaler",
					kinds(DeployFiles.values(Map.of("autoscaling", Map.of("enabled", false), "replicaCount", 1))));

		assertThat(shapes.get("api keys, autoscaled")).containsExactlyInAnyOrder("Deployment", "Service", "Secret",
				"HorizontalPodAutoscaler", "PodDisruptionBudget");
		assertThat(shapes.get("jwt, existing secret, ruleset ConfigMap")).containsExactlyInAnyOrder("Deployment",
				"Service", "ConfigMap", "HorizontalPodAutoscaler", "PodDisruptionBudget");
		assertThat(shapes.get("one replica, no autoscaler")).containsExactlyInAnyOrder("Deployment", "Service",
				"Secret");
	}

	@Test
	void theManifestCheckRefusesAFieldKubernetesDoesNotHaveOrOfTheWrongType() throws IOException {
		JsonNode deployment = DeployFiles.only(DeployFiles.render(DeployFiles.values(Map.of()), work), "Deployment");
		ObjectNode container = (ObjectNode) deployment.path("spec")
			.path("template")
			.path("spec")
			.path("containers")
			.get(0);
		container.put("imagePullPolicyy", "Always");

		assertThatThrownBy(() -> KubernetesObjects.read(deployment)).hasMessageContaining("imagePullPolicyy");
		container.remove("imagePullPolicyy");
		container.put("ports", "8080");
		assertThatThrownBy(() -> KubernetesObjects.read(deployment))
			.hasMessageContaining("not a valid Kubernetes object");
	}

	@Test
	void probesUseTheActuatorHealthGroupsOnTheServedPort() throws IOException {
		Container container = container(deployment(DeployFiles.values(Map.of())));

		assertThat(container.getStartupProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(container.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/liveness");
		assertThat(container.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/actuator/health/readiness");
		assertThat(List.of(container.getStartupProbe(), container.getLivenessProbe(), container.getReadinessProbe()))
			.allSatisfy((probe) -> assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("http"));
		assertThat(container.getPorts()).singleElement().satisfies((port) -> {
			assertThat(port.getName()).isEqualTo("http");
			assertThat(String.valueOf(port.getContainerPort())).isEqualTo(env(container).get("SERVER_PORT"));
		});
	}

	@Test
	void podRunsAsNonRootOnAReadOnlyRootWithOnlyTmpAndDataWritable() throws IOException {
		PodSpec pod = deployment(DeployFiles.values(Map.of())).getSpec().getTemplate().getSpec();
		Container container = container(pod);

		assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
		assertThat(pod.getSecurityContext().getRunAsUser()).isPositive();
		assertThat(pod.getAutomountServiceAccountToken()).isFalse();
		assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
		assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();
		assertThat(container.getSecurityContext().getCapabilities().getDrop()).containsExactly("ALL");
		Map<String, Volume> volumes = pod.getVolumes()
			.stream()
			.collect(Collectors.toMap(Volume::getName, (volume) -> volume));
		List<String> writable = container.getVolumeMounts()
			.stream()
			.filter((mount) -> !Boolean.TRUE.equals(mount.getReadOnly()))
			.peek((mount) -> assertThat(volumes.get(mount.getName()).getEmptyDir()).isNotNull())
			.map(VolumeMount::getMountPath)
			.toList();
		assertThat(writable).containsExactlyInAnyOrder("/tmp", "/app/data");
		assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
		assertThat(container.getResources().getLimits()).containsKey("memory");
	}

	@Test
	void gracePeriodCoversThePreStopPauseAndTheServicesOwnShutdownPeriod() throws IOException {
		PodSpec pod = deployment(DeployFiles.values(Map.of())).getSpec().getTemplate().getSpec();
		List<String> preStop = container(pod).getLifecycle().getPreStop().getExec().getCommand();
		long preStopSeconds = Long.parseLong(preStop.get(preStop.size() - 1));

		assertThat(preStop.get(0)).isEqualTo("sleep");
		assertThat(Duration.ofSeconds(pod.getTerminationGracePeriodSeconds()))
			.isGreaterThan(serviceShutdownPeriod().plusSeconds(preStopSeconds));
	}

	@Test
	void serviceDisruptionBudgetAndAutoscalerAllTargetTheDeploymentsPods() throws IOException {
		List<JsonNode> documents = DeployFiles.render(DeployFiles.values(Map.of()), work);
		Deployment deployment = (Deployment) read(documents, "Deployment");
		Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
		Service service = (Service) read(documents, "Service");
		PodDisruptionBudget budget = (PodDisruptionBudget) read(documents, "PodDisruptionBudget");
		HorizontalPodAutoscaler autoscaler = (HorizontalPodAutoscaler) read(documents, "HorizontalPodAutoscaler");

		assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());
		assertThat(podLabels).containsAllEntriesOf(service.getSpec().getSelector());
		assertThat(service.getSpec().getPorts()).singleElement()
			.satisfies((port) -> assertThat(port.getTargetPort().getStrVal()).isEqualTo("http"));
		assertThat(podLabels).containsAllEntriesOf(budget.getSpec().getSelector().getMatchLabels());
		assertThat(budget.getSpec().getMinAvailable().getIntVal()).isLessThan(autoscaler.getSpec().getMinReplicas());
		assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
		assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
		assertThat(deployment.getSpec().getReplicas()).as("the autoscaler owns the replica count").isNull();
	}

	@Test
	void aRulesetArchiveReachesEveryPodThroughAConfigMapAndRollsThem() throws IOException {
		String archive = rulesetArchive();
		List<JsonNode> documents = DeployFiles.render(DeployFiles.values(Map.of("ruleset", Map.of("archive", archive))),
				work);
		ConfigMap configMap = (ConfigMap) read(documents, "ConfigMap");
		PodSpec pod = ((Deployment) read(documents, "Deployment")).getSpec().getTemplate().getSpec();
		Container unpack = pod.getInitContainers().get(0);

		byte[] bytes = Base64.getDecoder().decode(configMap.getBinaryData().get("ruleset.tar.gz"));
		System.out.printf("ruleset archive (rules/ and test-scenarios/, tar.gz): %,d bytes; in the ConfigMap %,d%n",
				bytes.length, archive.length());
		assertThat(archive.length()).as("a ConfigMap holds at most 1 MiB").isLessThan(1024 * 1024);
		assertThat(String.join(" ", unpack.getCommand())).contains("/ruleset-archive/ruleset.tar.gz", "/app/ruleset");
		assertThat(env(container(pod))).containsEntry("PLACEMENT_RULES_LOCATION", "/app/ruleset/rules")
			.containsEntry("PLACEMENT_SCENARIOS_LOCATION", "/app/ruleset/test-scenarios");
		assertThat(container(pod).getVolumeMounts()).anySatisfy((mount) -> {
			assertThat(mount.getMountPath()).isEqualTo("/app/ruleset");
			assertThat(mount.getReadOnly()).isTrue();
		});
		String checksum = checksum(documents);
		String other = checksum(
				DeployFiles.render(
						DeployFiles.values(Map.of("ruleset",
								Map.of("archive", Base64.getEncoder().encodeToString("another ruleset".getBytes())))),
						work));
		assertThat(checksum).isNotEqualTo(other);
	}

	@Test
	void apiClientsBecomeAPropertiesFileTheServiceImports() throws IOException {
		List<JsonNode> documents = DeployFiles.render(DeployFiles.values(Map.of()), work);
		Secret secret = (Secret) read(documents, "Secret");
		Container container = container(((Deployment) read(documents, "Deployment")).getSpec().getTemplate().getSpec());
		Properties clients = new Properties();
		clients.load(new StringReader(secret.getStringData().get("clients.properties")));

		assertThat(clients).containsEntry("placement.security.clients.case-management.key-sha256", "0".repeat(64))
			.containsEntry("placement.security.clients.case-management.roles", "DECIDE,AUDIT")
			.containsEntry("placement.security.clients.case-management.authorities", "E06000047");
		assertThat(env(container)).containsEntry("SPRING_CONFIG_IMPORT",
				"file:/etc/placement/clients/clients.properties");
		assertThat(container.getVolumeMounts())
			.anySatisfy((mount) -> assertThat(mount.getMountPath() + "/clients.properties")
				.isEqualTo("/etc/placement/clients/clients.properties"));
		assertThat(container.getEnv()).anySatisfy((variable) -> {
			assertThat(variable.getName()).isEqualTo("SPRING_DATASOURCE_PASSWORD");
			assertThat(variable.getValueFrom().getSecretKeyRef().getName()).isEqualTo(secret.getMetadata().getName());
			assertThat(variable.getValueFrom().getSecretKeyRef().getKey()).isEqualTo("database-password");
		});
	}

	@Test
	void chartAppVersionIsTheServicesVersion() throws IOException {
		String appVersion = DeployFiles.readYaml(DeployFiles.CHART.resolve("Chart.yaml")).path("appVersion").asString();
		Properties build = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/META-INF/build-info.properties")) {
			build.load(in);
		}

		assertThat(build.getProperty("build.version").replace("-SNAPSHOT", "")).isEqualTo(appVersion);
	}

	private Set<String> kinds(Map<String, Object> values) throws IOException {
		return DeployFiles.render(values, work)
			.stream()
			.map(KubernetesObjects::read)
			.map(HasMetadata::getKind)
			.collect(Collectors.toSet());
	}

	private Deployment deployment(Map<String, Object> values) throws IOException {
		return (Deployment) read(DeployFiles.render(values, work), "Deployment");
	}

	private static HasMetadata read(List<JsonNode> documents, String kind) {
		return KubernetesObjects.read(DeployFiles.only(documents, kind));
	}

	private static Container container(Deployment deployment) {
		return container(deployment.getSpec().getTemplate().getSpec());
	}

	private static Container container(PodSpec pod) {
		assertThat(pod.getContainers()).hasSize(1);
		return pod.getContainers().get(0);
	}

	private static Map<String, String> env(Container container) {
		return container.getEnv()
			.stream()
			.filter((variable) -> variable.getValue() != null)
			.collect(Collectors.toMap(EnvVar::getName, EnvVar::getValue));
	}

	private static String checksum(List<JsonNode> documents) {
		return ((Deployment) read(documents, "Deployment")).getSpec()
			.getTemplate()
			.getMetadata()
			.getAnnotations()
			.get("checksum/ruleset");
	}

	/**
	 * The shipped rules and scenarios as an operator packs them (values.yaml "ruleset").
	 */
	private String rulesetArchive() throws IOException {
		Path archive = work.resolve("ruleset.tar.gz");
		try {
			Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "rules", "test-scenarios")
				.redirectErrorStream(true)
				.start();
			assertThat(tar.waitFor()).as(new String(tar.getInputStream().readAllBytes())).isZero();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException(ex);
		}
		return Base64.getEncoder().encodeToString(Files.readAllBytes(archive));
	}

	private static Duration serviceShutdownPeriod() throws IOException {
		Properties application = new Properties();
		try (InputStream in = HelmChartTests.class.getResourceAsStream("/application.properties")) {
			application.load(in);
		}
		return DurationStyle.detectAndParse(application.getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
	}

}
