package org.example.placement.ledger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.KeyedDecision;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Group commit: decisions queued while a group commits are written together in the next
 * group, one transaction, and every member returns only once that transaction has
 * committed; several logs (several service instances) over one database still make one
 * gap-free chain; an idempotency key sent twice within one group keeps one decision.
 */
@OnEveryLedgerDatabase
class DecisionLogGroupCommitTests {

	static final Duration WITHIN = Duration.ofSeconds(30);

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	final ExecutorService callers = Executors.newCachedThreadPool();

	final List<Integer> groups = new CopyOnWriteArrayList<>();

	@AfterEach
	void stopCallers() {
		callers.shutdownNow();
	}

	@Test
	void answersEveryMemberOfAGroupOnlyAfterTheGroupHasCommitted() throws Exception {
		GatedDataSource gated = new GatedDataSource(ledger.dataSource);
		JdbcDecisionLog log = logOver(gated);
		gated.holdCommits();
		Future<?> first = callers.submit(() -> record(log, "D-0"));
		assertThat(gated.commitWaiting(WITHIN)).as("the first decision's commit is held").isTrue();
		List<Future<?>> group = new ArrayList<>();
		for (int n = 1; n <= 8; n++) {
			String decisionId = "D-" + n;
			group.add(callers.submit(() -> record(log, decisionId)));
		}
		await().atMost(WITHIN).until(() -> log.appender().queued() == 8);

		gated.letOneThrough();
		first.get();
		assertThat(gated.commitWaiting(WITHIN)).as("the group of eight is being committed").isTrue();

		assertThat(group).as("no member has returned while its group is uncommitted").noneMatch(Future::isDone);
		assertThat(ledger.count("decision_record")).as("what another connection sees").isEqualTo(1);
		gated.open();
		for (Future<?> member : group) {
			member.get();
		}
		assertThat(ledger.count("decision_record")).isEqualTo(9);
		assertThat(groups).containsExactly(1, 8);
		assertThat(log.verify()).isEqualTo(ChainReport.intact(9));
		log.close();
	}

	@Test
	void makesOneGapFreeChainFromSeveralInstancesAppendingAtOnce() throws Exception {
		List<JdbcDecisionLog> instances = List.of(logOver(ledger.dataSource), logOver(ledger.dataSource),
				logOver(ledger.dataSource));
		List<Future<?>> appends = new ArrayList<>();
		for (int n = 1; n <= 150; n++) {
			JdbcDecisionLog instance = instances.get(n % instances.size());
			String decisionId = "D-" + n;
			appends.add(callers.submit(() -> record(instance, decisionId)));
		}
		for (Future<?> append : appends) {
			append.get();
		}

		assertThat(ledger.count("decision_record")).isEqualTo(150);
		assertThat(ledger.sql.sql("SELECT MAX(sequence) FROM decision_record").query(Long.class).single())
			.isEqualTo(150);
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(150));
		assertThat(groups.stream().mapToInt(Integer::intValue).sum()).isEqualTo(150);
		for (JdbcDecisionLog instance : instances) {
			instance.close();
		}
	}

	@Test
	void keepsOneDecisionForAKeySentTwiceInOneGroup() throws Exception {
		GatedDataSource gated = new GatedDataSource(ledger.dataSource);
		JdbcDecisionLog log = logOver(gated);
		IdempotencyKey key = new IdempotencyKey("one-key");
		gated.holdCommits();
		Future<?> first = callers.submit(() -> record(log, "D-0"));
		assertThat(gated.commitWaiting(WITHIN)).isTrue();
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		Future<KeyedDecision> once = callers
			.submit(() -> log.record(request, Decisions.aDecision("D-1", request), "broker-a", key));
		await().atMost(WITHIN).until(() -> log.appender().queued() == 1);
		Future<KeyedDecision> again = callers
			.submit(() -> log.record(request, Decisions.aDecision("D-2", request), "broker-a", key));
		await().atMost(WITHIN).until(() -> log.appender().queued() == 2);

		gated.open();
		first.get();

		assertThat(once.get().first()).isTrue();
		assertThat(again.get()).satisfies((held) -> {
			assertThat(held.first()).isFalse();
			assertThat(held.decision().decisionId()).isEqualTo("D-1");
			assertThat(held.sameRequest()).isTrue();
		});
		assertThat(groups).containsExactly(1, 2);
		assertThat(log.verify()).isEqualTo(ChainReport.intact(2));
		log.close();
	}

	private JdbcDecisionLog logOver(DataSource source) {
		return new JdbcDecisionLog(source, new DataSourceTransactionManager(source), ledger.clock, 3,
				ChainWitness.none(), (version) -> Optional.ofNullable(ledger.served.get(version)), 64,
				ChainAppender.GATHER, groups::add);
	}

	private static Void record(JdbcDecisionLog log, String decisionId) {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		log.record(request, Decisions.aDecision(decisionId, request), "caller");
		return null;
	}

}
