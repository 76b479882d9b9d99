package org.example.placement.ledger;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.placement.decision.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Recording and reading back decisions, on each database the log supports. */
@OnEveryLedgerDatabase
class JdbcDecisionLogTests {

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@Test
	void findsARecordedDecisionWithItsRequestAndResponse() {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);

		ledger.log.record(request, Decisions.aDecision("D-1", request), "social-worker-7");

		LoggedDecision logged = ledger.log.find("D-1").orElseThrow();
		assertThat(logged.sequence()).isEqualTo(1);
		assertThat(logged.request()).isEqualTo(request);
		assertThat(logged.recordedAt()).isEqualTo(LedgerFixture.START.truncatedTo(ChronoUnit.MICROS));
		assertThat(logged.caller()).isEqualTo("social-worker-7");
		assertThat(logged.rulesetVersion()).isEqualTo(Decisions.RULESET.version());
		assertThat(logged.responseJson()).isEqualTo(new LedgerJson().write(Decisions.aDecision("D-1", request)))
			.contains("\"decisionId\":\"D-1\"", "\"asOf\":\"2026-11-23\"", "\"distanceMiles\":8.0")
			.doesNotContain("trace");
		assertThat(logged.firedJson()).isEqualTo(
				"[{\"rule\":\"ENG-S22C-7A\",\"candidate\":\"FC-2\"},{\"rule\":\"LOCAL-DEFAULT-010\",\"candidate\":\"FC-1\"}]");
		assertThat(logged.hash()).matches("sha256:[0-9a-f]{64}");
	}

	@Test
	void findsNothingForAnUnknownDecision() {
		assertThat(ledger.log.find("no-such-decision")).isEmpty();
	}

	@Test
	void listsNewestFirstOnePageAtATime() {
		ledger.recordDecisions(5, Decisions.DURHAM);

		assertThat(ids(ledger.log.list(new LogQuery(null, null, null, 0, 2)))).containsExactly("D-5", "D-4");
		assertThat(ids(ledger.log.list(new LogQuery(null, null, null, 1, 2)))).containsExactly("D-3", "D-2");
		assertThat(ids(ledger.log.list(new LogQuery(null, null, null, 2, 2)))).containsExactly("D-1");
		assertThat(ledger.log.list(new LogQuery(null, null, null, 3, 2))).isEmpty();
	}

	@Test
	void filtersByAuthorityAndByRecordedAtFromInclusiveToExclusive() {
		for (int n = 1; n <= 6; n++) {
			ledger.record("D-" + n, n % 2 == 0 ? Decisions.SUNDERLAND : Decisions.DURHAM);
		}

		List<LoggedDecision> sunderlandSecondToSixth = ledger.log
			.list(new LogQuery(Decisions.SUNDERLAND, ledger.recordedAt(2), ledger.recordedAt(6), 0, 10));
		List<LoggedDecision> durham = ledger.log.list(new LogQuery(Decisions.DURHAM, null, null, 0, 10));
		List<LoggedDecision> fromTheFifth = ledger.log.list(new LogQuery(null, ledger.recordedAt(5), null, 0, 10));

		assertThat(ids(sunderlandSecondToSixth)).containsExactly("D-4", "D-2");
		assertThat(ids(durham)).containsExactly("D-5", "D-3", "D-1");
		assertThat(ids(fromTheFifth)).containsExactly("D-6", "D-5");
	}

	@Test
	void visitsEveryMatchingDecisionOldestFirstAcrossChunks() {
		ledger.recordDecisions(8, Decisions.DURHAM);
		ledger.record("D-9", Decisions.SUNDERLAND);
		List<String> visited = new ArrayList<>();

		ledger.log.forEach(new LogQuery(Decisions.DURHAM, null, null, 0, 1),
				logged -> visited.add(logged.decisionId()));

		assertThat(visited).containsExactly("D-1", "D-2", "D-3", "D-4", "D-5", "D-6", "D-7", "D-8");
	}

	@Test
	void appendsFromConcurrentCallersWithoutGaps() throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(4);
		List<Future<?>> done = new ArrayList<>();
		for (int caller = 0; caller < 4; caller++) {
			String prefix = "C" + caller + "-";
			done.add(callers.submit(() -> {
				for (int n = 0; n < 25; n++) {
					ledger.record(prefix + n, Decisions.DURHAM);
				}
			}));
		}
		for (Future<?> each : done) {
			each.get();
		}
		callers.shutdown();

		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(100));
		assertThat(ledger.sql.sql("SELECT MAX(sequence) FROM decision_record").query(Long.class).single())
			.isEqualTo(100);
	}

	@Test
	void refusesADecisionUnderARulesetThatNeverServedSoCannotBeArchived() {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);

		assertThatIllegalArgumentException().isThrownBy(() -> ledger.log.record(request,
				Decisions.aDecision("D-1", request, "sha256:" + "2".repeat(64)), "caller"));
		assertThat(ledger.count("decision_record")).isZero();
	}

	static List<String> ids(List<LoggedDecision> logged) {
		return logged.stream().map(LoggedDecision::decisionId).toList();
	}

}
