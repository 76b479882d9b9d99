package org.example.placement.ledger;

import java.util.Map;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RulesetSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ruleset archive behind the log: each file stored once, each version rebuilt
 * exactly.
 */
@OnEveryLedgerDatabase
class DecisionLogRulesetArchiveTests {

	static final RulesetSources FIRST = new RulesetSources("sha256:" + "a".repeat(64), Map
		.of("england/tiers/parents-first.drl", "parents", "local/default/distance-from-home.drl.csv", "bands v1"));

	// one file unchanged, one edited, and one new file whose content another version
	// already holds
	static final RulesetSources SECOND = new RulesetSources("sha256:" + "b".repeat(64),
			Map.of("england/tiers/parents-first.drl", "parents", "local/default/distance-from-home.drl.csv", "bands v2",
					"local/E06000047/distance-from-home.drl.csv", "bands v1"));

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@BeforeEach
	void openAnEmptyLedger() {
		ledger.serve(FIRST);
		ledger.serve(SECOND);
	}

	@Test
	void storesEachFileContentOnceAcrossVersions() {
		record("D-1", FIRST);
		record("D-2", FIRST);
		record("D-3", SECOND);

		assertThat(ledger.count("ruleset_file")).isEqualTo(3);
		assertThat(ledger.count("ruleset_version_file")).isEqualTo(5);
	}

	@Test
	void rebuildsTheSourcesOfEachVersion() {
		record("D-1", FIRST);
		record("D-2", SECOND);

		assertThat(ledger.log.ruleset(FIRST.version())).contains(FIRST);
		assertThat(ledger.log.ruleset(SECOND.version())).contains(SECOND);
	}

	@Test
	void findsNoSourcesForAVersionThatDecidedNothing() {
		record("D-1", FIRST);

		assertThat(ledger.log.ruleset(SECOND.version())).isEmpty();
	}

	@Test
	void archivesAVersionAlreadyStoredByAnotherInstanceOnlyOnce() {
		record("D-1", FIRST);
		JdbcDecisionLog anotherInstance = ledger.logOver(ledger.dataSource, 3);
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);

		anotherInstance.record(request, Decisions.aDecision("D-2", request, FIRST.version()), "caller");

		assertThat(ledger.count("ruleset_version_file")).isEqualTo(2);
	}

	@Test
	void archivesARulesetHandedOverBeforeItServesSoItsFirstDecisionWritesNoFiles() {
		// a version the fixture never served: its first decision could not archive it
		RulesetSources reloaded = new RulesetSources("sha256:" + "c".repeat(64), Map
			.of("england/tiers/parents-first.drl", "parents", "local/default/distance-from-home.drl.csv", "bands v3"));

		ledger.log.archive(reloaded);
		record("D-1", reloaded);

		assertThat(ledger.log.ruleset(reloaded.version())).contains(reloaded);
		assertThat(ledger.count("ruleset_version_file")).isEqualTo(2);
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(1));
	}

	void record(String decisionId, RulesetSources sources) {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		ledger.log.record(request, Decisions.aDecision(decisionId, request, sources.version()), "caller");
	}

}
