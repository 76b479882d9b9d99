package org.example.placement.page;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A logged decision as its page shows it: the child's situation in words (never the
 * child's ref, date of birth or postcode), the candidates in rank order, why each stands
 * above the next, and the duties owed whichever candidate is chosen. Built by
 * {@link DecisionPage}; the same view makes the HTML page and the PDF.
 */
public record DecisionView(String decisionId, Instant recordedAt, String rulesetVersion, LocalDate asOf,
		String authority, List<String> situation, List<CandidateView> candidates, List<Why> comparisons,
		List<Check> decisionWide, String rankingMethod) {

	/** The first-ranked candidate's ref, if any candidate is ranked. */
	public String top() {
		return candidates.stream().filter(c -> c.rank() != null).map(CandidateView::ref).findFirst().orElse(null);
	}

	/** Why {@code higher} stands above {@code lower}, in a sentence, and by what. */
	public record Why(String higher, String lower, String decidedBy, String reason) {
	}

	/**
	 * A box to tick: an approval to obtain or someone to tell, with the rule and the
	 * provision behind it ({@code source}: where it is published, or null).
	 */
	public record Check(String text, String ruleId, String title, String citation, String source) {
	}

	/** A rule that applied to a candidate, with its provision and what it did. */
	public record Finding(String ruleId, String title, String citation, String source, String effect, Integer weight,
			String explanation) {
	}

	/** A candidate as a row of the ranking and a card of its own. */
	public record CandidateView(String ref, Integer rank, String status, String tier, int score, Integer statutoryScore,
			Integer localScore, String distanceMiles, String area, String location, List<Finding> findings,
			List<Check> checklist) {

		/** The CSS class of its status (status-eligible, ...). */
		public String statusClass() {
			return "status-" + status.toLowerCase(Locale.ROOT);
		}

	}

}
