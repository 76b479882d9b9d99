package org.example.placement.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.OptionalInt;

import javax.sql.DataSource;

import org.example.placement.decision.GateVerdicts;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The scenario gate's passes, in the decision log's database
 * ({@code ruleset_gate_verdict}), shared by every instance on it: each statement on its
 * own (auto-commit), since a pass is one row, written once.
 */
final class JdbcGateVerdicts implements GateVerdicts {

	/** The longest build description kept (the column's width). */
	static final int BUILD_WIDTH = 255;

	private final JdbcClient jdbc;

	private final Clock clock;

	JdbcGateVerdicts(DataSource dataSource, Clock clock) {
		this.jdbc = JdbcClient.create(dataSource);
		this.clock = clock;
	}

	@Override
	public OptionalInt passed(String key) {
		return this.jdbc.sql("SELECT scenarios_checked FROM ruleset_gate_verdict WHERE verdict_key = ?")
			.param(key)
			.query(Integer.class)
			.optional()
			.map(OptionalInt::of)
			.orElse(OptionalInt.empty());
	}

	@Override
	public void recordPassed(String key, String rulesetVersion, int scenariosChecked, String build) {
		try {
			this.jdbc
				.sql("INSERT INTO ruleset_gate_verdict (verdict_key, ruleset_version, scenarios_checked, build, "
						+ "recorded_at) VALUES (?, ?, ?, ?, ?)")
				.params(key, rulesetVersion, scenariosChecked,
						build.length() > BUILD_WIDTH ? build.substring(0, BUILD_WIDTH) : build,
						OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException recordedMeanwhile) {
			// another instance recorded the same pass first: the same row
		}
	}

}
