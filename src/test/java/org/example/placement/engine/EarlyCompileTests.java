package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.example.placement.decision.RulesetGate;
import org.example.placement.engine.RulesetGateTests.OneScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The service's start begins compiling the first ruleset once its configuration is read,
 * before the application context is refreshed (issue 12 item 4); the engine takes that
 * compile, gates it as before, and refuses a ruleset that does not compile or fails the
 * gate exactly as when it compiled its own.
 */
class EarlyCompileTests {

	static final String DATE = RulesetReloadTests.DATE;

	static final Clock EARLY = Clock.fixed(Instant.parse("2026-11-30T14:00:00Z"), ZoneOffset.UTC);

	static final Clock LATER = Clock.offset(EARLY, Duration.ofMinutes(5));

	@Test
	void theEngineServesTheRulesetCompiledBeforeTheContextStarted(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));

		DroolsRuleEngine engine = engineOf(startedFor(rules), rules, RulesetGate.NONE);
		engine.awaitFirstRuleset();

		assertThat(engine.current().loadedAt()).as("compiled early, not by the engine's bean")
			.isEqualTo(EARLY.instant());
		assertThat(engine.current().version())
			.isEqualTo(new DroolsRuleEngine(rules, BuildMode.MVEL, LATER).current().version());
	}

	@Test
	void anEngineOfOtherRulesCompilesItsOwn(@TempDir Path rules, @TempDir Path other) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngineTests.write(other, "england/eligibility/a.drl", RuleText.rule("ENG-TEST-3", "NOTE", DATE));

		DroolsRuleEngine engine = engineOf(startedFor(rules), other, RulesetGate.NONE);
		engine.awaitFirstRuleset();

		assertThat(engine.current().loadedAt()).isEqualTo(LATER.instant());
		assertThat(engine.current().rules()).extracting((rule) -> rule.id()).containsExactly("ENG-TEST-3");
	}

	@Test
	void aRulesetThatDoesNotCompileStillStopsTheStart(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/a.drl", "rule \"broken\" when then x( end");

		DroolsRuleEngine engine = engineOf(startedFor(rules), rules, RulesetGate.NONE);

		assertThatThrownBy(engine::awaitFirstRuleset).isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("a.drl");
	}

	@Test
	void aRulesetThatFailsTheGateStillStopsTheStart(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, "england/eligibility/b.drl", RuleText.rule("ENG-TEST-2", "NOTE", DATE));

		DroolsRuleEngine engine = engineOf(startedFor(rules), rules, new OneScenario());

		assertThatThrownBy(engine::awaitFirstRuleset).isInstanceOf(RulesetRejectedException.class)
			.hasMessageContaining("test-scenarios/england/eligibility/b.yaml");
	}

	/** What the service's start registers, for a context configured with these rules. */
	private static GenericApplicationContext startedFor(Path rules) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("test", Map.of("placement.rules.location", rules.toString())));
		new EarlyCompile(EARLY).initialize(context);
		return context;
	}

	/** The engine as its configuration makes it in that context. */
	private static DroolsRuleEngine engineOf(GenericApplicationContext context, Path rules, RulesetGate gate) {
		EngineProperties properties = new EngineProperties(rules, BuildMode.MVEL, Duration.ZERO, Duration.ZERO);
		return new EngineConfiguration().ruleEngine(properties, gate, LATER,
				context.getBeanFactory().getBeanProvider(EarlyCompile.Started.class));
	}

}
