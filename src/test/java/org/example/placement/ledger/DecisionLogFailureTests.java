package org.example.placement.ledger;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RulesetSources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When the database fails, {@code record} says so and stores nothing: the record, the
 * head and the ruleset archive are one transaction, so the chain stays intact and the
 * next append carries on from where it was.
 */
@OnEveryLedgerDatabase
class DecisionLogFailureTests {

	static final RulesetSources NEW_RULESET = new RulesetSources("sha256:" + "3".repeat(64),
			Map.of("england/eligibility/approved-carers-only.drl", "rule \"ENG-REG-22\" ..."));

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	@BeforeEach
	void openALedgerWithOneDecision() {
		ledger.serve(NEW_RULESET);
		ledger.record("D-1", Decisions.DURHAM);
	}

	@Test
	void reportsTheLogUnavailableWhenTheDatabaseCannotBeReached() {
		HikariDataSource closed = new HikariDataSource();
		closed.setJdbcUrl(ledger.dataSource.getJdbcUrl());
		closed.setUsername(ledger.dataSource.getUsername());
		JdbcDecisionLog log = ledger.logOver(closed, 3);
		closed.close();
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);

		assertThatExceptionOfType(DecisionLogUnavailableException.class)
			.isThrownBy(() -> log.record(request, Decisions.aDecision("D-2", request), "caller"));
		assertThatExceptionOfType(DecisionLogUnavailableException.class).isThrownBy(log::verify);
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(1));
	}

	@ParameterizedTest
	@ValueSource(strings = { "INSERT INTO decision_record", "UPDATE ledger_head", "INSERT INTO ruleset_version_file" })
	void storesNothingWhenTheDatabaseFailsMidAppend(String failingStatement) {
		FailingDataSource failing = new FailingDataSource(ledger.dataSource);
		JdbcDecisionLog log = ledger.logOver(failing, 3);
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		failing.failOn(failingStatement);

		assertThatExceptionOfType(DecisionLogUnavailableException.class).isThrownBy(
				() -> log.record(request, Decisions.aDecision("D-2", request, NEW_RULESET.version()), "caller"));

		assertThat(ledger.count("decision_record")).isEqualTo(1);
		assertThat(ledger.count("ruleset_version_file")).isEqualTo(Decisions.RULESET.files().size());
		assertThat(ledger.log.verify()).isEqualTo(ChainReport.intact(1));
		assertThat(log.ruleset(NEW_RULESET.version())).isEmpty();
	}

	@Test
	void carriesOnTheChainAndArchivesTheRulesetAfterAFailedAppend() {
		FailingDataSource failing = new FailingDataSource(ledger.dataSource);
		JdbcDecisionLog log = ledger.logOver(failing, 3);
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		failing.failOn("UPDATE ledger_head");
		assertThatExceptionOfType(DecisionLogUnavailableException.class).isThrownBy(
				() -> log.record(request, Decisions.aDecision("D-2", request, NEW_RULESET.version()), "caller"));

		failing.recover();
		log.record(request, Decisions.aDecision("D-2", request, NEW_RULESET.version()), "caller");

		assertThat(log.find("D-2").orElseThrow().sequence()).isEqualTo(2);
		assertThat(log.ruleset(NEW_RULESET.version())).contains(NEW_RULESET);
		assertThat(log.verify()).isEqualTo(ChainReport.intact(2));
	}

}
