package org.example.placement.engine;

import java.util.HashSet;
import java.util.Set;

import org.drools.base.rule.consequence.ConsequenceContext;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.Environment;
import org.kie.api.runtime.KieSession;

/**
 * What the consequence of a rule whose inserts can never be withdrawn
 * ({@link StableRules}) is compiled to ({@link Consequences#plain}): a plain insert,
 * without truth maintenance's belief set, logical dependency and equality key, but still
 * one fact for equal objects, as truth maintenance would make them (a second equal
 * finding of a rule is not inserted again). The equal objects inserted so far are kept in
 * the session's environment, for sessions made here ({@link #newSession}); in any other
 * session the fact is inserted logically, as written.
 * <p>
 * Public only because the rules' compiled consequences call it: rule files cannot (the
 * sandbox refuses the name).
 */
public final class PlainInserts {

	private static final String INSERTED = PlainInserts.class.getName();

	private PlainInserts() {
	}

	/** Inserts {@code fact} plainly, once for equal facts; see the class comment. */
	public static void insert(ConsequenceContext drools, Object fact) {
		if (drools.getKieRuntime().getEnvironment().get(INSERTED) instanceof Inserted inserted) {
			if (inserted.facts.add(fact)) {
				drools.insert(fact);
			}
		}
		else {
			drools.insertLogical(fact);
		}
	}

	/** A new session of {@code kieBase} whose stable rules insert plainly. */
	static KieSession newSession(KieBase kieBase) {
		Environment environment = KieServices.Factory.get().newEnvironment();
		environment.set(INSERTED, new Inserted());
		return kieBase.newKieSession(null, environment);
	}

	/**
	 * Forgets the facts inserted in {@code session}, when it is reset for the next
	 * request (the set keeps its capacity).
	 */
	static void forget(KieSession session) {
		if (session.getEnvironment().get(INSERTED) instanceof Inserted inserted) {
			inserted.facts.clear();
		}
	}

	/** How many facts the session's rules have inserted plainly (for tests). */
	static int inserted(KieSession session) {
		return session.getEnvironment().get(INSERTED) instanceof Inserted inserted ? inserted.facts.size() : 0;
	}

	/** The equal-object set of one session. */
	private static final class Inserted {

		private final Set<Object> facts = new HashSet<>();

	}

}
