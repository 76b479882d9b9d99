package org.example.placement.engine;

import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.example.placement.decision.Ruleset;
import org.example.placement.decision.RulesetStatus.Rejection;

/**
 * The ruleset's meters: {@code placement.ruleset.serving} (1, tagged with the version
 * serving; the row of the version it replaced is removed) and
 * {@code placement.ruleset.reloads} (tagged {@code outcome} = accepted or rejected).
 * Versions are the serving ruleset's hash, one at a time.
 */
final class RulesetMeters implements ReloadObserver {

	private final MultiGauge serving;

	private final Counter accepted;

	private final Counter rejected;

	private boolean servedAny;

	RulesetMeters(MeterRegistry registry) {
		this.serving = MultiGauge.builder("placement.ruleset.serving")
			.description("1 for the ruleset version serving decisions (tag version)")
			.register(registry);
		this.accepted = reloads(registry, "accepted");
		this.rejected = reloads(registry, "rejected");
	}

	/**
	 * The ruleset that served first, built while the service started; a reload accepted
	 * before this is told keeps its row.
	 */
	synchronized void started(Ruleset ruleset) {
		if (!servedAny) {
			serve(ruleset);
		}
	}

	private static Counter reloads(MeterRegistry registry, String outcome) {
		return Counter.builder("placement.ruleset.reloads")
			.description("Reloads tried, by the watcher or on request: accepted (now serving) or rejected")
			.tag("outcome", outcome)
			.register(registry);
	}

	@Override
	public void accepted(Ruleset ruleset) {
		accepted.increment();
		serve(ruleset);
	}

	@Override
	public void rejected(Rejection rejection) {
		rejected.increment();
	}

	private synchronized void serve(Ruleset ruleset) {
		servedAny = true;
		serving.register(List.of(MultiGauge.Row.of(Tags.of("version", ruleset.version()), 1)), true);
	}

}
