package org.example.placement.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.RankedCandidate.Approval;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Notification;
import org.example.placement.decision.RankedCandidate.Status;

/**
 * The ranking algorithm, a pure function of the candidates and the rules that fired:
 * <ol>
 * <li>a candidate with any EXCLUDE finding is excluded and listed last, by reference;</li>
 * <li>statutory tier: parent, then connected-person foster parent (or the fostering-for-adoption
 * tiers), then the rest;</li>
 * <li>within a tier, the sum of PREFER minus DISFAVOUR weights, highest first;</li>
 * <li>ties: lower weekly cost first where given, then reference ascending.</li>
 * </ol>
 * Policy staff read the same algorithm in {@code rules/README.md}; change both together.
 */
public final class Ranking {

	private Ranking() {
	}

	/** The ranked candidates and, for each adjacent pair, what separated them. */
	public static Result rank(List<Candidate> candidates, List<Match> matches) {
		Map<String, List<Match>> byCandidate = new LinkedHashMap<>();
		candidates.forEach(c -> byCandidate.put(c.ref(), new ArrayList<>()));
		matches.forEach(m -> byCandidate.get(m.candidateRef()).add(m));
		List<Standing> order = candidates.stream()
			.map(c -> Standing.of(c, byCandidate.get(c.ref())))
			.sorted(Standing.RANKING)
			.toList();
		List<RankedCandidate> ranked = new ArrayList<>();
		for (int i = 0; i < order.size(); i++) {
			ranked.add(present(order.get(i), i + 1));
		}
		List<Comparison> comparisons = new ArrayList<>();
		for (int i = 1; i < order.size(); i++) {
			comparisons.add(Explanations.compare(order.get(i - 1), order.get(i)));
		}
		return new Result(ranked, comparisons);
	}

	private static RankedCandidate present(Standing s, int position) {
		Candidate c = s.candidate();
		Status status = s.excluded() ? Status.EXCLUDED : position == 1 ? Status.RECOMMENDED : Status.ELIGIBLE;
		List<Finding> findings = s.matches()
			.stream()
			.map(Match::rule)
			.filter(r -> r.effect().visible())
			.map(r -> new Finding(r.id(), r.title(), r.citation(), r.effect(), r.weight(), Explanations.of(r)))
			.toList();
		List<Approval> approvals = s.rules(Effect.REQUIRE_APPROVAL)
			.stream()
			.map(r -> new Approval(r.id(), r.approver(), r.citation()))
			.toList();
		List<Notification> notifications = s.rules(Effect.NOTIFY)
			.stream()
			.map(r -> new Notification(r.id(), r.recipient(), r.due(), r.citation()))
			.toList();
		return new RankedCandidate(c.ref(), s.excluded() ? null : position, status, s.tier(), s.score(),
				c.distanceMiles(), c.localAuthority(), c.location(), c.atDistance(), findings, approvals,
				notifications);
	}

	/** Candidates in rank order and the comparisons between neighbours. */
	public record Result(List<RankedCandidate> candidates, List<Comparison> comparisons) {
	}

}
