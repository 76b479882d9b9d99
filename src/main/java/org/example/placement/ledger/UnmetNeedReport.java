package org.example.placement.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.NeedGroup;
import org.example.placement.decision.SufficiencyRecord;
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
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("to is before from");
		}
		List<UnmetNeed.Tally> quarters = UnmetNeed.quarters(from, to);
		UnmetNeed.Tally total = new UnmetNeed.Tally("total", from, to);
		List<String> read = new ArrayList<>();
		try {
			jdbc.sql("SELECT decision_id, as_of, in_area_eligible, need_groups FROM decision_record"
					+ " WHERE responsible_authority = ? AND as_of >= ? AND as_of <= ? ORDER BY sequence")
				.params(authority, from, to)
				.query(rs -> {
					LocalDate asOf = rs.getObject("as_of", LocalDate.class);
					boolean inAreaEligible = rs.getBoolean("in_area_eligible");
					boolean recorded = !rs.wasNull();
					Set<NeedGroup> groups = SufficiencyRecord.parseNeedGroups(rs.getString("need_groups"));
					read.add(rs.getString("decision_id"));
					for (UnmetNeed.Tally tally : List.of(total, quarterOf(quarters, asOf))) {
						if (recorded) {
							tally.recorded(inAreaEligible, groups == null ? Set.of() : groups);
						}
						else {
							tally.notRecorded();
						}
					}
				});
		}
		catch (DataAccessException ex) {
			throw new DecisionLogUnavailableException("The decision log cannot be reached", ex);
		}
		return new Result(new UnmetNeed(authority, from, to, quarters.stream().map(UnmetNeed.Tally::period).toList(),
				total.period()), read);
	}

	private static UnmetNeed.Tally quarterOf(List<UnmetNeed.Tally> quarters, LocalDate asOf) {
		return quarters.stream()
			.filter(q -> q.covers(asOf))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("an as-of date outside the range was read"));
	}

	/** The report, and the decisions read to make it. */
	public record Result(UnmetNeed report, List<String> decisionIds) {

		public Result {
			decisionIds = List.copyOf(decisionIds);
		}

	}

}
