package org.example.placement.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.LogQuery;
import org.example.placement.decision.LoggedDecision;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Status;
import org.example.placement.decision.RuleEngine;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Re-runs logged decisions under a proposed ruleset (with each decision's own as-of date)
 * and reports what would have changed against what was recorded. Records nothing.
 */
@Service
public class ImpactAnalysis {

	private final DecisionLog log;

	private final DecisionReplayer replayer;

	private final JsonMapper json;

	public ImpactAnalysis(DecisionLog log, DecisionReplayer replayer, JsonMapper json) {
		this.log = log;
		this.replayer = replayer;
		this.json = json;
	}

	public ImpactReport analyse(RuleEngine proposed, LogQuery query) {
		List<ImpactReport.Change> changes = new ArrayList<>();
		Map<String, Integer> causes = new TreeMap<>();
		int[] counts = new int[3];
		log.forEach(query, logged -> {
			Decision before = json.readValue(logged.responseJson(), Decision.class);
			Decision after = replayer.decideUnder(logged, proposed);
			counts[0]++;
			if (!top(before).equals(top(after))) {
				counts[1]++;
				topChange(logged, before, after, changes, causes);
			}
			if (!refs(before).equals(refs(after))) {
				counts[2]++;
			}
			compare(logged, before, after, changes, causes);
		});
		return new ImpactReport(proposed.current().version(), counts[0], counts[1], counts[2], changes, causes);
	}

	private static void compare(LoggedDecision logged, Decision before, Decision after,
			List<ImpactReport.Change> changes, Map<String, Integer> causes) {
		for (RankedCandidate now : after.candidates()) {
			RankedCandidate then = find(before, now.ref());
			if (then == null || excluded(then) == excluded(now)) {
				continue;
			}
			// the rules that differ between then and now explain the change
			List<String> differing = List.copyOf(changedRules(then, now));
			differing.forEach(r -> causes.merge(r, 1, Integer::sum));
			changes.add(new ImpactReport.Change(logged.decisionId(), now.ref(),
					excluded(now) ? "BECAME_EXCLUDED" : "BECAME_ELIGIBLE", then.status().name(), now.status().name(),
					differing));
		}
	}

	/**
	 * The new top choice, and the rules that now apply differently (added, removed or
	 * re-weighted) to it or to the old top choice.
	 */
	private static void topChange(LoggedDecision logged, Decision before, Decision after,
			List<ImpactReport.Change> changes, Map<String, Integer> causes) {
		String oldTop = top(before);
		String newTop = top(after);
		Set<String> differing = new java.util.TreeSet<>();
		for (String ref : List.of(oldTop, newTop)) {
			differing.addAll(changedRules(find(before, ref), find(after, ref)));
		}
		differing.forEach(r -> causes.merge(r, 1, Integer::sum));
		changes.add(new ImpactReport.Change(logged.decisionId(), newTop, "BECAME_TOP_CHOICE", oldTop, newTop,
				List.copyOf(differing)));
	}

	/** Rules whose finding on a candidate appeared, disappeared or changed weight. */
	private static Set<String> changedRules(RankedCandidate then, RankedCandidate now) {
		Set<String> was = signatures(then);
		Set<String> is = signatures(now);
		Set<String> rules = new java.util.TreeSet<>();
		was.stream().filter(f -> !is.contains(f)).forEach(f -> rules.add(f.substring(0, f.indexOf('@'))));
		is.stream().filter(f -> !was.contains(f)).forEach(f -> rules.add(f.substring(0, f.indexOf('@'))));
		return rules;
	}

	private static Set<String> signatures(RankedCandidate c) {
		Set<String> out = new HashSet<>();
		if (c != null) {
			c.findings().forEach(f -> out.add(f.ruleId() + "@" + f.weight()));
		}
		return out;
	}

	private static RankedCandidate find(Decision d, String ref) {
		return d.candidates().stream().filter(c -> c.ref().equals(ref)).findFirst().orElse(null);
	}

	private static boolean excluded(RankedCandidate c) {
		return c.status() == Status.EXCLUDED;
	}

	private static String top(Decision d) {
		return d.candidates().stream().filter(c -> c.rank() != null).map(RankedCandidate::ref).findFirst().orElse("");
	}

	private static List<String> refs(Decision d) {
		return d.candidates().stream().map(RankedCandidate::ref).toList();
	}

}
