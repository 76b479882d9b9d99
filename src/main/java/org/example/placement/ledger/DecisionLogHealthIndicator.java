package org.example.placement.ledger;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * {@code decisionLog} in {@code /actuator/health} and the readiness group: UP only when a
 * decision could be recorded now, proved by a write that must reach the disk (a read
 * would still succeed on a full disk). DOWN while the database or its disk cannot take a
 * write, so a load balancer sends no traffic that could only get a 503; it turns UP again
 * by itself once the store is back.
 */
class DecisionLogHealthIndicator extends AbstractHealthIndicator {

	private final JdbcDecisionLog log;

	DecisionLogHealthIndicator(JdbcDecisionLog log) {
		super("The decision log cannot record");
		this.log = log;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		try {
			builder.up().withDetail("lastSequence", log.probe());
		}
		catch (DecisionLogUnavailableException ex) {
			// the cause may name files or hosts; the operator's log has it, the endpoint
			// need not
			builder.down().withDetail("reason", "cannot record decisions: the database or its disk refuses writes");
		}
	}

}
