package org.example.placement.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.example.placement.decision.GateVerdicts;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetGate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scenario gate, reusing a pass already recorded for exactly the same inputs (issue
 * 12 item 4: on a restart of the same build over the same rules and scenarios, the ~150
 * scenarios are a third of the start). The verdict is a pure function of what
 * {@link VerdictKey} digests: the rule files, every file under the scenarios directory,
 * the build of the application, the JDK, the rules' build mode and the adjacency
 * overrides; a change to any of them gives another key, and the scenarios run. Only
 * passes are recorded (a rejection is found again, with its problems, by running the
 * scenarios), and a pass is recorded only when the scenario files did not change while
 * they ran. Where the key cannot be known ({@link VerdictKey#context}: not a packaged
 * build) or the record cannot be read, the scenarios run, as they always did. The pass
 * the build recorded in the jar ({@link PackagedVerdict}) is asked first, under the same
 * key: it serves a first start too, and without waiting for the database.
 */
public final class KnownVerdicts implements RulesetGate {

	private static final Logger log = LoggerFactory.getLogger(KnownVerdicts.class);

	private final RulesetGate gate;

	private final Path scenarios;

	private final GateVerdicts verdicts;

	private final @Nullable String context;

	private final String build;

	private final Optional<PackagedVerdict> packaged;

	/**
	 * @param context what else the verdict depends on ({@link VerdictKey#context}); null:
	 * unknown, so no verdict is reused or recorded
	 * @param build the build, as the record names it
	 * @param packaged the pass the build recorded in the jar, if any
	 */
	public KnownVerdicts(RulesetGate gate, Path scenarios, GateVerdicts verdicts, @Nullable String context,
			String build, Optional<PackagedVerdict> packaged) {
		this.gate = gate;
		this.scenarios = scenarios;
		this.verdicts = verdicts;
		this.context = context;
		this.build = build;
		this.packaged = packaged;
	}

	/**
	 * The gate as the service wires it: keyed by the build that {@code loader} runs (its
	 * packaged jar's build information), asking the pass recorded in that jar first.
	 */
	public static KnownVerdicts of(RulesetGate gate, Path scenarios, GateVerdicts verdicts, ClassLoader loader,
			String rulesBuild, String adjacencyOverrides) {
		String build = VerdictKey.build(loader);
		return new KnownVerdicts(gate, scenarios, verdicts, VerdictKey.context(build, rulesBuild, adjacencyOverrides),
				String.valueOf(build), PackagedVerdict.read(loader, build));
	}

	@Override
	public String version() {
		return this.gate.version();
	}

	@Override
	public Verdict check(Ruleset ruleset, RuleEngine candidate) {
		Optional<String> key = key(ruleset);
		if (key.isPresent()) {
			Optional<PackagedVerdict> built = this.packaged.filter((verdict) -> verdict.key().equals(key.get()));
			if (built.isPresent()) {
				log.info("Ruleset {} passed its {} scenarios when this jar was built, on this JDK and these "
						+ "scenario files; that verdict is reused", ruleset.version(), built.get().scenarios());
				return new Verdict(built.get().scenarios(), List.of());
			}
			OptionalInt known = known(key.get());
			if (known.isPresent()) {
				log.info("Ruleset {} passed its {} scenarios before under this build, JDK and scenario files; "
						+ "that verdict is reused", ruleset.version(), known.getAsInt());
				return new Verdict(known.getAsInt(), List.of());
			}
		}
		Verdict verdict = this.gate.check(ruleset, candidate);
		if (key.isPresent() && verdict.passed() && verdict.scenariosChecked() != null && key.equals(key(ruleset))) {
			record(key.get(), ruleset.version(), verdict.scenariosChecked());
		}
		return verdict;
	}

	private Optional<String> key(Ruleset ruleset) {
		return (this.context != null) ? VerdictKey.of(ruleset.version(), this.scenarios, this.context)
				: Optional.empty();
	}

	private OptionalInt known(String key) {
		try {
			return this.verdicts.passed(key);
		}
		catch (RuntimeException ex) {
			log.warn("Recorded gate verdicts could not be read ({}); the scenarios run", ex.toString());
			return OptionalInt.empty();
		}
	}

	private void record(String key, String ruleset, int scenariosChecked) {
		try {
			this.verdicts.recordPassed(key, ruleset, scenariosChecked, this.build);
		}
		catch (RuntimeException ex) {
			log.warn("The gate's verdict on {} could not be recorded ({}); the next start runs the scenarios", ruleset,
					ex.toString());
		}
	}

}
