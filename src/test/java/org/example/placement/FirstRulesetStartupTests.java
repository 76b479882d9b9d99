package org.example.placement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.example.placement.engine.RulesetRejectedException;
import org.example.placement.engine.ServingRuleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The ruleset is built while the rest of the service starts (issue 12 item 4), and the
 * service still does not start on a ruleset its scenarios reject: the start fails before
 * the web server opens its port, naming the problem, and with good rules it starts with
 * the ruleset already serving.
 */
class FirstRulesetStartupTests {

	@Test
	void theServiceRefusesToStartOnARulesetItsScenariosReject(@TempDir Path dir) throws IOException {
		// the shipped rules against an empty scenario directory: no rule has a scenario
		// either way
		Path scenarios = Files.createDirectories(dir.resolve("no-scenarios"));

		assertThatThrownBy(() -> start(dir, scenarios).close()).isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("has no scenario where it fires");
	}

	@Test
	void theServiceStartsWithTheRulesetServingAndItsScenariosPassed(@TempDir Path dir) {
		try (ConfigurableApplicationContext service = start(dir, Path.of("test-scenarios"))) {
			ServingRuleset rules = service.getBean(ServingRuleset.class);

			assertThat(rules.status().scenariosChecked()).isPositive();
			assertThat(rules.status().lastRejection()).isNull();
		}
	}

	private static ConfigurableApplicationContext start(Path dir, Path scenarios) {
		return new SpringApplicationBuilder(PlacementApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--placement.rules.location=" + Path.of("rules").toAbsolutePath(),
				"--placement.scenarios.location=" + scenarios.toAbsolutePath(), "--placement.rules.watch-interval=0",
				"--spring.datasource.url=jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath() + ";WRITE_DELAY=0",
				"--placement.security.local-key-file=" + dir.resolve("local-api-key").toAbsolutePath());
	}

}
