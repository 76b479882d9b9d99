package org.example.placement.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.example.placement.decision.Decision;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RuleEngine;
import org.example.placement.ledger.ImpactReport.Change;
import org.example.placement.ledger.ImpactReport.ChangeKind;
import org.example.placement.ledger.ImpactReport.ChangedDecision;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Re-runs logged decisions under a proposed ruleset (with each decision's own as-of date)
 * and reports what would have changed against what was recorded. Records nothing. Asked
 * for over HTTP ({@link #analyseOnline}), it re-runs at most
 * {@code placement.impact.online-max-decisions} decisions (default 10,000, some ten
 * seconds of one core): a window holding more is refused before anything is re-run, so
 * one request cannot hold a thread and the CPU for as long as the log is large. The
 * {@code impact} command has no such limit.
 */
@Service
public class ImpactAnalysis {

	private final DecisionLedger log;

	private final DecisionReplayer replayer;

	private final LedgerJson json = new LedgerJson();

	private final long onlineMaxDecisions;

	public ImpactAnalysis(DecisionLedger log, DecisionReplayer replayer,
			@Value("${placement.impact.online-max-decisions:10000}") long onlineMaxDecisions) {
		if (onlineMaxDecisions < 1) {
			throw new IllegalArgumentException("placement.impact.online-max-decisions must be at least 1");
		}
		this.log = log;
		this.replayer = replayer;
		this.onlineMaxDecisions = onlineMaxDecisions;
	}

	/**
	 * {@link #analyse}, asked for over HTTP. @throws TooManyToAnalyseException when the
	 * query holds more decisions than one request re-runs
	 */
	public ImpactReport analyseOnline(String proposedVersion, RuleEngine proposed, LogQuery query) {
		long found = log
			.page(new LogQuery(query.responsibleAuthority(), query.from(), query.to(), query.rulesetVersion(),
					query.ruleFired(), 0, 1, query.permittedAuthorities()))
			.total();
		if (found > onlineMaxDecisions) {
			throw new TooManyToAnalyseException(found, onlineMaxDecisions);
		}
		return analyse(proposedVersion, proposed, query);
	}

	public ImpactReport analyse(String proposedVersion, RuleEngine proposed, LogQuery query) {
		List<Change> changes = new ArrayList<>();
		Map<String, Integer> causes = new TreeMap<>();
		int[] counts = new int[3];
		List<ChangedDecision> decisions = new ArrayList<>();
		log.forEach(query, logged -> {
			Decision before = json.readDecision(logged.responseJson());
			Decision after = replayer.decideUnder(logged, proposed);
			List<Change> found = new ArrayList<>();
			counts[0]++;
			if (!top(before).equals(top(after))) {
				counts[1]++;
				found.add(topChange(logged, before, after));
			}
			if (!refs(before).equals(refs(after))) {
				counts[2]++;
			}
			found.addAll(exclusionChanges(logged, before, after));
			if (!found.isEmpty()) {
				decisions.add(new ChangedDecision(logged.decisionId(), logged.responsibleAuthority(), top(before),
						top(after), found.stream().map(Change::kind).distinct().toList()));
			}
			changes.addAll(found);
		});
		// each change counts once for every rule behind it, in the order changes were
		// found
		changes.forEach(change -> change.ruleIds().forEach(rule -> causes.merge(rule, 1, Integer::sum)));
		return new ImpactReport(proposedVersion, counts[0], counts[1], counts[2], changes, causes, decisions);
	}

	private static List<Change> exclusionChanges(LoggedDecision logged, Decision before, Decision after) {
		List<Change> changes = new ArrayList<>();
		for (RankedCandidate now : after.candidates()) {
			RankedCandidate then = before.candidate(now.ref()).orElse(null);
			if (then == null || then.excluded() == now.excluded()) {
				continue;
			}
			// the rules that differ between then and now explain the change
			changes.add(new Change(logged.decisionId(), now.ref(),
					now.excluded() ? ChangeKind.BECAME_EXCLUDED : ChangeKind.BECAME_ELIGIBLE, then.status().name(),
					now.status().name(), List.copyOf(changedRules(before, then, after, now))));
		}
		return changes;
	}

	/**
	 * The new top choice, and the rules that now apply differently (added, removed or
	 * re-weighted) to it or to the old top choice.
	 */
	private static Change topChange(LoggedDecision logged, Decision before, Decision after) {
		String oldTop = top(before);
		String newTop = top(after);
		Set<String> differing = new TreeSet<>();
		for (String ref : List.of(oldTop, newTop)) {
			differing.addAll(
					changedRules(before, before.candidate(ref).orElse(null), after, after.candidate(ref).orElse(null)));
		}
		return new Change(logged.decisionId(), newTop, ChangeKind.BECAME_TOP_CHOICE, oldTop, newTop,
				List.copyOf(differing));
	}

	/** Rules whose finding on a candidate appeared, disappeared or changed weight. */
	private static Set<String> changedRules(Decision before, @Nullable RankedCandidate then, Decision after,
			@Nullable RankedCandidate now) {
		Set<WeightedFinding> was = WeightedFinding.of(before, then);
		Set<WeightedFinding> is = WeightedFinding.of(after, now);
		Set<String> rules = new TreeSet<>();
		was.stream().filter(f -> !is.contains(f)).forEach(f -> rules.add(f.ruleId()));
		is.stream().filter(f -> !was.contains(f)).forEach(f -> rules.add(f.ruleId()));
		return rules;
	}

	private static String top(Decision decision) {
		return decision.topChoice().orElse("");
	}

	private static List<String> refs(Decision decision) {
		return decision.candidates().stream().map(RankedCandidate::ref).toList();
	}

	/**
	 * A rule's finding on a candidate with its weight: the same rule with another weight
	 * is another finding. The decision's duties count as findings on every candidate, as
	 * a decision recorded before they were listed once has them.
	 */
	private record WeightedFinding(String ruleId, @Nullable Integer weight) {

		static Set<WeightedFinding> of(Decision decision, @Nullable RankedCandidate candidate) {
			return candidate == null ? Set.of()
					: Stream
						.concat(candidate.findings().stream().map(f -> new WeightedFinding(f.ruleId(), f.weight())),
								decision.duties().stream().map(d -> new WeightedFinding(d.ruleId(), null)))
						.collect(Collectors.toSet());
		}

	}

}
