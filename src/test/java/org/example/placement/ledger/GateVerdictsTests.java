package org.example.placement.ledger;

import java.util.OptionalInt;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario gate's recorded passes (V8) on each database the service supports: read
 * back by key, one row a key however many instances record it.
 */
@OnEveryLedgerDatabase
class GateVerdictsTests {

	@Parameter
	LedgerDatabase database;

	LedgerFixture ledger;

	JdbcGateVerdicts verdicts;

	@BeforeEach
	void openAnEmptyLedger() {
		verdicts = new JdbcGateVerdicts(ledger.dataSource, ledger.clock);
	}

	@Test
	void aRecordedPassIsFoundByItsKeyOnly() {
		verdicts.recordPassed("sha256:k1", "sha256:r1", 149, "0.1.0 built 2026-11-30T13:54:32Z");

		assertThat(verdicts.passed("sha256:k1")).isEqualTo(OptionalInt.of(149));
		assertThat(verdicts.passed("sha256:k2")).isEmpty();
	}

	@Test
	void aPassRecordedAgainByAnotherInstanceKeepsTheFirstRow() {
		verdicts.recordPassed("sha256:k1", "sha256:r1", 149, "build");
		new JdbcGateVerdicts(ledger.dataSource, ledger.clock).recordPassed("sha256:k1", "sha256:r1", 149, "build");

		assertThat(ledger.count("ruleset_gate_verdict")).isEqualTo(1);
		assertThat(verdicts.passed("sha256:k1")).isEqualTo(OptionalInt.of(149));
	}

	@Test
	void aLongBuildDescriptionIsCutToTheColumn() {
		verdicts.recordPassed("sha256:k1", "sha256:r1", 1, "b".repeat(400));

		assertThat(verdicts.passed("sha256:k1")).isEqualTo(OptionalInt.of(1));
	}

}
