package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.example.placement.decision.Ruleset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The watcher takes a change only once it has settled, so a release copied in file by
 * file never serves half-way: each look is made by hand here, as the scheduler would.
 */
class RulesWatcherTests {

	static final String DATE = "@inForceFrom(\"2011-04-01\")";

	static final String A = "england/eligibility/a.drl";

	static final String B = "england/eligibility/b.drl";

	@Test
	void takesAChangeCopiedFileByFileOnlyOnceTwoLooksFindTheSameFiles(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, A, RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngineTests.write(rules, B, RuleText.rule("ENG-TEST-2", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		String old = engine.current().version();
		List<String> accepted = accepted(engine);
		RulesWatcher watcher = new RulesWatcher(engine, Duration.ZERO);

		// a release revises both files; the watcher looks when only the first is copied
		DroolsRuleEngineTests.write(rules, A, revised("ENG-TEST-1"));
		watcher.look();
		String halfWay = engine.onDisk().version();
		DroolsRuleEngineTests.write(rules, B, revised("ENG-TEST-2"));
		watcher.look();
		String servingBeforeItSettled = engine.current().version();
		watcher.look();

		String released = engine.onDisk().version();
		assertThat(servingBeforeItSettled).isEqualTo(old);
		assertThat(engine.current().version()).isEqualTo(released);
		assertThat(accepted).as("versions let in").containsExactly(released).doesNotContain(halfWay);
	}

	@Test
	void clearsARejectionAtTheFirstLookThatFindsTheServingFilesAgain(@TempDir Path rules) throws IOException {
		DroolsRuleEngineTests.write(rules, A, RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		DroolsRuleEngine engine = new DroolsRuleEngine(rules, BuildMode.MVEL, Clock.systemUTC());
		RulesWatcher watcher = new RulesWatcher(engine, Duration.ZERO);
		DroolsRuleEngineTests.write(rules, A, "broken");
		watcher.look();
		watcher.look();
		assertThat(engine.status().lastRejection()).isNotNull();

		DroolsRuleEngineTests.write(rules, A, RuleText.rule("ENG-TEST-1", "NOTE", DATE));
		watcher.look();

		assertThat(engine.status().lastRejection()).isNull();
	}

	private static String revised(String id) {
		return RuleText.rule(id, "NOTE", DATE).replace("A test rule", "A revised test rule");
	}

	private static List<String> accepted(DroolsRuleEngine engine) {
		List<String> versions = new CopyOnWriteArrayList<>();
		engine.observeReloads(new ReloadObserver() {
			@Override
			public void accepted(Ruleset serving) {
				versions.add(serving.version());
			}
		});
		return versions;
	}

}
