package org.example.placement.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.SufficiencyRecord;
import org.example.placement.sufficiency.UnmetNeed;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reports over the decision log, by quarter and need group, the decisions where no place
 * within the area was eligible ({@link UnmetNeed}). Reads only the sufficiency columns
 * each record keeps (V5), never a request or a response.
 */
public final class UnmetNeedReport {

	private final JdbcClient jdbc;

	UnmetNeedReport(DataSource dataSource) {
		this.jdbc = JdbcClient.create(dataSource);
	}

	/**
	 * The report for one authority over as-of dates {@code from} to {@code to} inclusive,
	 * with the ids of the decisions it read, in log order (for the access log).
	 * @throws DecisionLogUnavailableException when the log cannot be read
	 */
	public Result report(String authority, LocalDate from, LocalDate to) {
		return report(authority, from, to, null);
	}

	/**
	 * The same, reading only the decisions at or before log sequence {@code through} when
	 * it is given, else those the log holds now, and saying how far it read. The log only
	 * grows at its end, so the same {@code through} reads the same decisions again.
	 * @throws DecisionLogUnavailableException when the log cannot be read
	 */
	public Result report(String authority, LocalDate from, LocalDate to, @Nullable Long through) {
		UnmetNeed.Counter counter = new UnmetNeed.Counter(authority, from, to);
		List<String> read = new ArrayList<>();
		try {
			// how far first: a decision appended after this is not read below
			long last = through != null ? through
					: jdbc.sql("SELECT COALESCE(MAX(sequence), 0) FROM decision_record").query(Long.class).single();
			jdbc.sql("SELECT decision_id, as_of, in_area_eligible, need_groups FROM decision_record"
					+ " WHERE responsible_authority = ? AND as_of >= ? AND as_of <= ? AND sequence <= ?"
					+ " ORDER BY sequence")
				.params(authority, from, to, last)
				.query(rs -> {
					boolean inAreaEligible = rs.getBoolean("in_area_eligible");
					boolean recorded = !rs.wasNull();
					read.add(rs.getString("decision_id"));
					counter.add(rs.getObject("as_of", LocalDate.class), recorded ? new SufficiencyRecord(inAreaEligible,
							SufficiencyRecord.parseNeedGroups(rs.getString("need_groups"))) : null);
				});
			return new Result(counter.result(), read, last);
		}
		catch (DataAccessException ex) {
			throw new DecisionLogUnavailableException("The decision log cannot be reached", ex);
		}
	}

	/**
	 * The report, the decisions read to make it, and the last log sequence it could read.
	 */
	public record Result(UnmetNeed report, List<String> decisionIds, long throughSequence) {

		public Result {
			decisionIds = List.copyOf(decisionIds);
		}

	}

}
