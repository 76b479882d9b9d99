package org.example.placement.ledger;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The access log: who read which logged decisions, when, and how (issue 11), so an
 * authority can answer "who looked at this child's decision". Every read of a decision is
 * recorded before it is served, and a read that cannot be recorded is not served
 * ({@link #record} throws
 * {@link org.example.placement.decision.DecisionLogUnavailableException}, a 503 over
 * HTTP). Appended only; nothing reads it back but {@link #list}.
 */
public interface AccessLog {

	/**
	 * Records that {@code reader} read {@code decisionIds} (in that order) in one access
	 * of the given kind, now. Nothing is recorded when no decision was read.
	 * @throws org.example.placement.decision.DecisionLogUnavailableException when it
	 * cannot be recorded
	 */
	void record(String reader, Kind kind, List<String> decisionIds);

	/** A page of recorded reads matching the query, newest first. */
	List<Access> list(Query query);

	/** How a decision was read. */
	enum Kind {

		/** {@code GET /api/v1/placement-decisions/{id}}: the stored decision. */
		GET,
		/** {@code GET /api/v1/placement-decisions}: a line of the listing. */
		LIST,
		/** {@code POST /api/v1/placement-decisions/{id}/replay}. */
		REPLAY,
		/** The {@code export} command, the request with the child's personal data. */
		EXPORT,
		/** The {@code export --anonymise} command. */
		EXPORT_ANONYMISED,
		/**
		 * {@code GET /api/v1/sufficiency/unmet-need}: counted (need groups and whether an
		 * in-area place was eligible), not shown one by one; also the view a sufficiency
		 * assessment includes, when it is made or replayed.
		 */
		UNMET_NEED,
		/**
		 * {@code GET /api/v1/sufficiency-assessments/{id}}: a recorded assessment (its id
		 * stands where a decision's would).
		 */
		ASSESSMENT,
		/** {@code POST /api/v1/sufficiency-assessments/{id}/replay}. */
		ASSESSMENT_REPLAY,
		/**
		 * {@code GET /api/v1/placement-decisions/{id}/outcome}: what was chosen after the
		 * decision, and why.
		 */
		OUTCOME,
		/**
		 * {@code GET /api/v1/overrides} and the {@code /overrides} page: each decision
		 * whose outcome the report counted.
		 */
		OVERRIDES

	}

	/**
	 * One decision read: {@code accessId} is shared by every decision read in the same
	 * access.
	 */
	record Access(String accessId, Instant accessedAt, String reader, Kind kind, String decisionId) {
	}

	/** Which reads: by decision, reader and a time range (each optional), and a page. */
	record Query(@Nullable String decisionId, @Nullable String reader, @Nullable Instant from, @Nullable Instant to,
			int page, int size) {

		public Query {
			Page.check(page, size);
		}

		public static Query of(String decisionId) {
			return new Query(Objects.requireNonNull(decisionId), null, null, null, 0, Page.MAX_SIZE);
		}

	}

}
