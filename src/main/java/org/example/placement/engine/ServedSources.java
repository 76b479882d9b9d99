package org.example.placement.engine;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.example.placement.decision.RulesetSources;
import org.example.placement.decision.ServedRulesets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files of each ruleset version this service let serve ({@link ServedRulesets}), each
 * handed to the decision log's archive just before it serves, on the thread that swaps it
 * in: archived then, the first decision under it writes no files in its group commit.
 * Should the hand-over fail (the log's database down), the ruleset serves all the same,
 * and its first decision archives it, as it always may.
 */
public final class ServedSources implements ServedRulesets {

	private static final Logger log = LoggerFactory.getLogger(ServedSources.class);

	private final Map<String, RulesetSources> served = new ConcurrentHashMap<>();

	private volatile Consumer<RulesetSources> keepAhead = (sources) -> {
	};

	/** Records the files of a ruleset about to serve and hands them to the log. */
	void serving(RulesetSources sources) {
		served.put(sources.version(), sources);
		try {
			keepAhead.accept(sources);
		}
		catch (RuntimeException ex) {
			log.warn("Ruleset {} not archived ahead of serving ({}); its first decision archives it", sources.version(),
					ex.toString());
		}
	}

	@Override
	public void beforeServing(Consumer<RulesetSources> keep) {
		this.keepAhead = keep;
	}

	@Override
	public Optional<RulesetSources> sources(String version) {
		return Optional.ofNullable(served.get(version));
	}

}
