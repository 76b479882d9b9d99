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
 * or {@code delete}). Truth maintenance withdraws a fact only when every match that
 * justified it stops holding; with nothing ever modified, a match stops holding only when
 * (a) a fact is inserted that a non-monotone element ({@code not}, {@code forall}, the
 * input of {@code accumulate} or {@code collect}) reads, or (b) a fact that one of its
 * patterns matched is withdrawn. So a rule is <em>unstable</em> when it reads
 * non-monotonically a key some rule inserts, or positively a key some unstable rule
 * inserts (to a fixpoint), or has an element or a consequence the analysis does not know
 * ({@link RuleDependencies.Reads#understood}). Every other rule is <em>stable</em>: a
 * match, once it fires, holds to the end of the session, so its fact would never be
 * withdrawn.
 * <p>
 * A stable rule inserts plainly only when no equal fact can be inserted logically (truth
 * maintenance would make the two one fact, or stage one behind the other): a finding
 * names its rule ({@link RuleHit#ruleId}, rule ids are unique), so a finding of one rule
 * never equals another's and each rule decides for its own; a declared fact only when
 * every rule that inserts its class is stable. Equal plain inserts of one rule stay one
 * fact ({@link PlainInserts}), as truth maintenance made them. When any rule's
 * consequence is not understood, or two rules share a name, no rule inserts plainly.
 * <p>
 * The analysis holds for any subset of the rules (a lean KieBase, the rules in force):
 * fewer rules insert fewer keys, so no stable rule becomes unstable.
 */
final class StableRules {

	private StableRules() {
	}

	/** The names of the rules that may insert plainly. */
	static Set<String> plain(RuleDependencies dependencies) {
		Map<String, Reads> rules = dependencies.rules();
		if (!dependencies.namesUnique() || rules.values().stream().anyMatch((reads) -> reads.inserts().isEmpty())) {
			return Set.of();
		}
		Set<String> unstable = unstable(rules);
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
	static Set<String> unstable(Map<String, Reads> rules) {
		Set<String> inserted = new HashSet<>();
		rules.values().forEach((reads) -> inserted.add(reads.inserts()));
		Set<String> unstable = new HashSet<>();
		rules.forEach((rule, reads) -> {
			if (!reads.understood() || readsAny(reads.nonMonotone(), inserted)) {
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
