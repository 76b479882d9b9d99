package org.example.placement.engine;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.example.placement.engine.RuleDependencies.Reads;

/**
 * The rules whose inserts truth maintenance can never withdraw, so they may insert
 * plainly ({@link Consequences#plain}).
 * <p>
 * In a session the request's facts are all inserted before any rule fires and are never
 * modified or retracted, and a rule can only insert ({@link ConsequenceCheck}: one
 * {@code insertLogical} a consequence, no {@code modify}, {@code update}, {@code retract}
 * or {@code delete}). Truth maintenance withdraws a fact only when a match that justified
 * it stops holding after it fired; with nothing ever modified, a match stops holding only
 * when (a) a fact is inserted that a non-monotone element of the rule reads ({@code not},
 * {@code forall}, the input of {@code accumulate} or {@code collect}; {@code exists} is
 * monotone), or (b) a fact one of its patterns matched is withdrawn.
 * <p>
 * (a) cannot happen to a rule {@code R} when every rule that inserts a key it reads
 * non-monotonically has fired all it ever will before {@code R} first fires. Rules fire
 * stratum by stratum ({@link FiringOrder}: a stratum's salience is below every lower
 * stratum's, and Drools fires the highest salience first). A rule is <em>timely</em> when
 * every rule that inserts a key it reads (either way) is timely and of a lower stratum:
 * by induction on the stratum, all its activations arise while the agenda is still above
 * its salience, so all fire before any rule of a higher stratum, and none of its matches
 * changes once fired. So (a) cannot happen when every inserter of a key {@code R} reads
 * non-monotonically is timely and of a lower stratum than {@code R}. A rule is
 * <em>unstable</em> when that fails, when it reads positively a key some unstable rule
 * inserts (b), to a fixpoint, or when it has an element or a consequence the analysis
 * does not know ({@link RuleDependencies.Reads#understood}). Rules in a cycle share a
 * stratum, so one that reads another non-monotonically is unstable. Every other rule is
 * <em>stable</em>: a match, once fired, holds to the end of the session.
 * <p>
 * A stable rule inserts plainly only when no equal fact can be inserted logically (truth
 * maintenance would make the two one fact, or stage one behind the other): a finding
 * names its rule ({@link RuleHit#ruleId}, rule ids are unique), so a finding of one rule
 * never equals another's and each rule decides for its own; a declared fact only when
 * every rule that inserts its class is stable. Equal plain inserts stay one fact
 * ({@link PlainInserts}), as truth maintenance made them. When any rule's consequence is
 * not understood, or two rules share a name, no rule inserts plainly.
 * <p>
 * The analysis holds for any subset of the rules fired in the same strata (a lean KieBase
 * keeps its rules' salience; the rules in force are a subset): fewer rules insert fewer
 * keys, so no stable rule becomes unstable. It holds only for rules fired in
 * {@code strata}: a KieBase fired in another order must insert logically.
 */
final class StableRules {

	private StableRules() {
	}

	/**
	 * The names of the rules that may insert plainly, fired in {@code strata} (each
	 * rule's stratum, {@link FiringOrder}: a rule of a higher stratum fires later).
	 */
	static Set<String> plain(RuleDependencies dependencies, Map<String, Integer> strata) {
		Map<String, Reads> rules = dependencies.rules();
		if (!dependencies.namesUnique() || rules.values().stream().anyMatch((reads) -> reads.inserts().isEmpty())) {
			return Set.of();
		}
		Set<String> unstable = unstable(rules, strata);
		Set<String> mixed = new HashSet<>();
		unstable.forEach((rule) -> mixed.add(rules.get(rule).inserts()));
		Set<String> plain = new TreeSet<>();
		rules.forEach((rule, reads) -> {
			boolean finding = reads.inserts().startsWith(RuleDependencies.RULE_HIT + "/");
			if (!unstable.contains(rule) && (finding || !mixed.contains(reads.inserts()))) {
				plain.add(rule);
			}
		});
		return plain;
	}

	/** The unstable rules: least fixpoint of the conditions above. */
	static Set<String> unstable(Map<String, Reads> rules, Map<String, Integer> strata) {
		Set<String> timely = timely(rules, strata);
		Set<String> unstable = new HashSet<>();
		rules.forEach((rule, reads) -> {
			if (!reads.understood() || !settledBefore(rule, reads.nonMonotone(), rules, strata, timely)) {
				unstable.add(rule);
			}
		});
		boolean grew = true;
		while (grew) {
			Set<String> withdrawable = new HashSet<>();
			unstable.forEach((rule) -> withdrawable.add(rules.get(rule).inserts()));
			grew = false;
			for (Map.Entry<String, Reads> rule : rules.entrySet()) {
				if (!unstable.contains(rule.getKey()) && readsAny(rule.getValue().positive(), withdrawable)) {
					unstable.add(rule.getKey());
					grew = true;
				}
			}
		}
		return unstable;
	}

	/**
	 * Whether every rule that inserts a key of {@code reads} is timely and of a lower
	 * stratum than {@code rule}: all its facts are in before {@code rule} first fires.
	 */
	private static boolean settledBefore(String rule, Set<String> reads, Map<String, Reads> rules,
			Map<String, Integer> strata, Set<String> timely) {
		for (Map.Entry<String, Reads> other : rules.entrySet()) {
			if (readsAny(reads, Set.of(other.getValue().inserts()))
					&& (!timely.contains(other.getKey()) || stratum(strata, other.getKey()) >= stratum(strata, rule))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The timely rules (least fixpoint): those understood whose every rule that inserts a
	 * key they read (either way) is timely and of a lower stratum. A timely rule's
	 * activations all arise before the agenda reaches its salience, and its matches never
	 * change once fired.
	 */
	static Set<String> timely(Map<String, Reads> rules, Map<String, Integer> strata) {
		Set<String> timely = new HashSet<>();
		boolean grew = true;
		while (grew) {
			grew = false;
			for (Map.Entry<String, Reads> rule : rules.entrySet()) {
				if (!timely.contains(rule.getKey()) && rule.getValue().understood()
						&& settledBefore(rule.getKey(), rule.getValue().all(), rules, strata, timely)) {
					timely.add(rule.getKey());
					grew = true;
				}
			}
		}
		return timely;
	}

	private static int stratum(Map<String, Integer> strata, String rule) {
		return strata.getOrDefault(rule, 0);
	}

	private static boolean readsAny(Set<String> reads, Set<String> inserted) {
		for (String read : reads) {
			for (String key : inserted) {
				if (RuleDependencies.matches(key, read)) {
					return true;
				}
			}
		}
		return false;
	}

}
