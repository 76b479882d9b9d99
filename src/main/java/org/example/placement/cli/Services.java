package org.example.placement.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.example.placement.PlacementApplication;
import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RuleProblem;
import org.example.placement.engine.BuildMode;
import org.example.placement.engine.DroolsRuleEngine;
import org.example.placement.engine.RulesetRejectedException;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LoggedDecision;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The service's own components, started without the web server, over a chosen rules
 * directory.
 */
final class Services implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private Services(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/**
	 * Compiles the rules first so a broken ruleset is reported with file and line, not a
	 * stack trace.
	 */
	static Services start(Path rules) {
		compile(rules);
		// command-line arguments, not default properties: they must win over
		// application.properties.
		// No scenario gate: the commands run scenarios themselves and report each, so
		// they must
		// start on rules that fail some (validate, scenarios, what-if, replay under
		// changed rules).
		return new Services(new SpringApplicationBuilder(PlacementApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off")
			.run("--logging.level.root=WARN", "--placement.rules.location=" + rules.toAbsolutePath(),
					"--placement.rules.watch-interval=0", "--placement.scenarios.gate=false",
					// a command is brief: the service compacts the H2 file
					"--placement.ledger.h2-compact-every=0"));
	}

	/**
	 * @throws RulesetRejectedException with every problem, when the rules do not compile
	 * or validate
	 */
	static DroolsRuleEngine compile(Path rules) {
		return new DroolsRuleEngine(rules, BuildMode.MVEL, PlacementApplication.WALL_CLOCK);
	}

	/**
	 * The compiled rules, or null after printing every problem with its file and line.
	 */
	static DroolsRuleEngine compileOrReport(Path rules, PrintWriter out) {
		try {
			return compile(rules);
		}
		catch (RulesetRejectedException ex) {
			out.println("FAIL " + rules + ": the ruleset does not compile or validate");
			print(ex.problems(), out);
			return null;
		}
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** The bean of that type when the service has one, else null. */
	<T> @Nullable T beanIfAny(Class<T> type) {
		return context.getBeanProvider(type).getIfAvailable();
	}

	PlacementDecider decider() {
		return context.getBean(PlacementDecider.class);
	}

	/** A decider over another ruleset, sharing this one's geography. */
	PlacementDecider deciderFor(DroolsRuleEngine engine) {
		return new PlacementDecider(engine, context.getBean(Geography.class));
	}

	/**
	 * The logged decision with that id; empty, and said on {@code err}, when the log has
	 * none.
	 */
	Optional<LoggedDecision> logged(String decisionId, PrintWriter err) {
		Optional<LoggedDecision> logged = bean(DecisionLedger.class).find(decisionId);
		if (logged.isEmpty()) {
			err.println("No decision " + decisionId + " in the log");
		}
		return logged;
	}

	static void print(List<RuleProblem> problems, PrintWriter out) {
		problems.forEach(p -> out.println("  " + p));
	}

	@Override
	public void close() {
		context.close();
	}

}
