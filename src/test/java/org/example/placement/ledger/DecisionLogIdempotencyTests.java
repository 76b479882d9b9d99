package org.example.placement.ledger;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.Sha256;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A caller's idempotency key is kept with its decision in the same transaction, once per
 * caller, on each database the log supports: a second decision under a key already held
 * is not stored.
 */
@OnEveryLedgerDatabase
class DecisionLogIdempotencyTests {

	static final IdempotencyKey KEY = new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324");

	static final RulesetSources NEW_RULESET = new RulesetSources("sha256:" + "4".repeat(64),
			Map.of("england/eligibility/approved-carers-only.drl", "rule \"ENG-REG-22\" ..."));

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	final DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);

	@BeforeEach
	void openAnEmptyLedger() {
		ledger.serve(NEW_RULESET);
	}

	@Test
	void keepsTheKeyWithItsDecisionAndTheFingerprintOfItsRequest() {
		KeyedDecision recorded = record("D-1", "broker-a");

		assertThat(recorded.first()).isTrue();
		Map<String, Object> row = ledger.sql.sql("SELECT * FROM idempotency_key").query().singleRow();
		assertThat(row).containsEntry("CALLER", "broker-a")
			.containsEntry("IDEMPOTENCY_KEY", KEY.value())
			.containsEntry("DECISION_ID", "D-1")
			.containsEntry("REQUEST_HASH", Sha256.of(ledger.entryAt(1).requestJson()));
		assertThat(ledger.sql.sql("SELECT created_at FROM idempotency_key")
			.query(OffsetDateTime.class)
			.single()
			.toInstant()).isEqualTo(ledger.recordedAt(1));
	}

	@Test
	void findsTheDecisionAKeyHoldsAsItWasSent() {
		record("D-1", "broker-a");

		KeyedDecision held = ledger.log.findByIdempotencyKey("broker-a", KEY, request).orElseThrow();

		assertThat(held.sameRequest()).isTrue();
		assertThat(held.decision().decisionId()).isEqualTo("D-1");
		assertThat(new LedgerJson().write(held.decision()))
			.isEqualTo(ledger.log.find("D-1").orElseThrow().responseJson());
	}

	@Test
	void tellsAnotherRequestFromTheOneTheKeyWasFirstUsedWith() {
		record("D-1", "broker-a");

		KeyedDecision held = ledger.log
			.findByIdempotencyKey("broker-a", KEY, request.withAsOf(request.asOf().plusDays(1)))
			.orElseThrow();

		assertThat(held.sameRequest()).isFalse();
		assertThat(held.decision().decisionId()).isEqualTo("D-1");
	}

	@Test
	void storesNothingForASecondDecisionUnderAKeyTheCallerAlreadyHolds() {
		record("D-1", "broker-a");

		KeyedDecision earlier = record("D-2", "broker-a");

		assertThat(earlier).satisfies(held -> {
			assertThat(held.first()).isFalse();
			assertThat(held.decision().decisionId()).isEqualTo("D-1");
			assertThat(held.sameRequest()).isTrue();
		});
		assertThat(ledger.count("decision_record")).isEqualTo(1);
		assertThat(ledger.count("idempotency_key")).isEqualTo(1);
		assertThat(ledger.log.find("D-2")).isEmpty();
		ledger.record("D-3", Decisions.DURHAM);
		assertThat(ledger.log.find("D-3").orElseThrow().sequence()).isEqualTo(2);
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(2));
	}

	@Test
	void keepsKeysPerCallingSystem() {
		assertThat(record("D-1", "broker-a").first()).isTrue();
		assertThat(record("D-2", "broker-b").first()).isTrue();

		assertThat(ledger.log.findByIdempotencyKey("broker-a", KEY, request)).get()
			.extracting(held -> held.decision().decisionId())
			.isEqualTo("D-1");
		assertThat(ledger.log.findByIdempotencyKey("broker-b", KEY, request)).get()
			.extracting(held -> held.decision().decisionId())
			.isEqualTo("D-2");
		assertThat(ledger.log.findByIdempotencyKey("broker-c", KEY, request)).isEmpty();
		assertThat(ledger.count("decision_record")).isEqualTo(2);
	}

	@Test
	void recordsOneDecisionForConcurrentRequestsUnderOneKey() throws Exception {
		ExecutorService callers = Executors.newFixedThreadPool(8);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<KeyedDecision>> done = new ArrayList<>();
		for (int n = 1; n <= 8; n++) {
			String decisionId = "D-" + n;
			done.add(callers.submit(() -> {
				start.await();
				return record(decisionId, "broker-a");
			}));
		}
		start.countDown();
		List<KeyedDecision> results = new ArrayList<>();
		for (Future<KeyedDecision> each : done) {
			results.add(each.get());
		}
		callers.shutdown();

		String stored = ledger.sql.sql("SELECT decision_id FROM decision_record").query(String.class).single();
		assertThat(results).filteredOn(KeyedDecision::first).hasSize(1);
		assertThat(results).allSatisfy(held -> assertThat(held.decision().decisionId()).isEqualTo(stored));
		assertThat(ledger.count("idempotency_key")).isEqualTo(1);
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSERT INTO decision_record", "INSERT INTO idempotency_key",
			"INSERT INTO ruleset_version_file" })
	void keepsAKeyOnlyWithItsDecision(String failingStatement) {
		FailingDataSource failing = new FailingDataSource(ledger.dataSource);
		JdbcDecisionLog log = ledger.logOver(failing, 3);
		failing.failOn(failingStatement);

		assertThatExceptionOfType(DecisionLogUnavailableException.class).isThrownBy(
				() -> log.record(request, Decisions.aDecision("D-1", request, NEW_RULESET.version()), "broker-a", KEY));

		assertThat(ledger.count("decision_record")).isZero();
		assertThat(ledger.count("idempotency_key")).isZero();
		failing.recover();
		assertThat(log.record(request, Decisions.aDecision("D-1", request, NEW_RULESET.version()), "broker-a", KEY)
			.first()).isTrue();
		assertThat(ledger.count("idempotency_key")).isEqualTo(1);
	}

	@Test
	void leavesTheKeyOutOfTheHashChain() {
		record("D-1", "broker-a");

		try (LedgerFixture unkeyed = LedgerFixture.on(database)) {
			unkeyed.log.record(request, Decisions.aDecision("D-1", request), "broker-a");

			assertThat(ledger.entryAt(1).recordHash()).isEqualTo(unkeyed.entryAt(1).recordHash());
		}
	}

	private KeyedDecision record(String decisionId, String caller) {
		return ledger.log.record(request, Decisions.aDecision(decisionId, request), caller, KEY);
	}

}
