package org.example.placement.engine;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.drools.kiesession.session.StatefulKnowledgeSessionImpl;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;

/**
 * Sessions of one compiled ruleset kept between requests: a session is reset (facts,
 * agenda, node memories and listeners cleared, as Drools' own session pool does) when a
 * request is done with it and handed to the next, so a request does not pay for building
 * a session's memories again. At most {@code size} are kept (about one per core: more
 * would only hold memory, since no more run at once); a request that finds none idle
 * makes a new one, and one returned to a full pool is disposed. The facts its rules
 * inserted plainly ({@link PlainInserts}) are forgotten with the rest.
 */
final class SessionPool {

	private final KieBase kieBase;

	private final BlockingQueue<KieSession> idle;

	SessionPool(KieBase kieBase, int size) {
		this.kieBase = kieBase;
		this.idle = new ArrayBlockingQueue<>(Math.max(1, size));
	}

	/** A clean session, idle or new; give it back with {@link #release}. */
	KieSession take() {
		KieSession session = idle.poll();
		return session != null ? session : PlainInserts.newSession(kieBase);
	}

	/**
	 * Resets the session for the next request and keeps it, or disposes of it when the
	 * pool is full or it cannot be reset (a request that failed half-way).
	 */
	void release(KieSession session) {
		try {
			((StatefulKnowledgeSessionImpl) session).reset();
			PlainInserts.forget(session);
		}
		catch (RuntimeException ex) {
			session.dispose();
			return;
		}
		if (!idle.offer(session)) {
			session.dispose();
		}
	}

	/**
	 * Makes sessions until as many are idle as the pool keeps: for a ruleset about to
	 * serve, so that its first requests do not each make one.
	 */
	void fill() {
		while (idle.remainingCapacity() > 0 && idle.offer(PlainInserts.newSession(kieBase))) {
			// one more idle
		}
	}

	/** How many sessions are idle now. */
	int idle() {
		return idle.size();
	}

}
