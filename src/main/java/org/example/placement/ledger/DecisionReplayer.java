package org.example.placement.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.ExplainedDecision;
import org.example.placement.decision.Geography;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RulesetBuilder;
import org.example.placement.decision.RulesetSources;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * Replays a logged decision: rebuilds the archived ruleset it was made under, re-runs the
 * stored request (with its stored as-of date and decision id) and compares the response
 * with the one recorded, field by field; or, when it cannot, says why (see
 * {@link Replay}). Records nothing.
 */
@Service
public class DecisionReplayer {

	private static final int MAX_REASON = 500;

	private final DecisionLedger log;

	private final RulesetBuilder rulesets;

	private final Geography geography;

	private final LedgerJson json = new LedgerJson();

	public DecisionReplayer(DecisionLedger log, RulesetBuilder rulesets, Geography geography) {
		this.log = log;
		this.rulesets = rulesets;
		this.geography = geography;
	}

	/** Empty when no decision has that id. */
	public Optional<Replay> replay(String decisionId) {
		return log.find(decisionId).map(this::replay);
	}

	/**
	 * Replays and compares, or says why the decision cannot be replayed; never fails for
	 * the decision's sake (only when the log itself cannot be read).
	 */
	public Replay replay(LoggedDecision logged) {
		if (logged.request() == null) {
			return notReplayable(logged,
					"the stored request no longer reads as a request, at " + logged.requestProblem());
		}
		return replay(logged, logged.readableRequest(), false);
	}

	/**
	 * Replays the logged decision with {@code substitute} in place of its stored request
	 * (an anonymised copy of it), under the same archived ruleset, decision id and
	 * ranking, and compares both the response and the rules that fired with those
	 * recorded: identical only when neither differs. Records nothing.
	 */
	public Replay replayAs(LoggedDecision logged, DecisionRequest substitute) {
		return replay(logged, substitute, true);
	}

	private Replay replay(LoggedDecision logged, DecisionRequest request, boolean compareFired) {
		Attempt<RuleEngine> engine = engine(logged);
		if (engine.failure() != null) {
			return notReplayable(logged, engine.failure());
		}
		Attempt<Decision> replayed = decide(logged, engine.value(), request);
		if (replayed.failure() != null) {
			return notReplayable(logged, replayed.failure());
		}
		try {
			return Replay.compared(logged.decisionId(), logged.rulesetVersion(),
					differences(logged, replayed.value(), compareFired));
		}
		catch (RuntimeException ex) {
			return notReplayable(logged, "the recorded response cannot be compared with the replayed one ("
					+ ex.getClass().getSimpleName() + ")");
		}
	}

	/** The logged decision's archived ruleset built, or why it cannot be. */
	private Attempt<RuleEngine> engine(LoggedDecision logged) {
		String version = logged.rulesetVersion();
		Optional<RulesetSources> sources = log.ruleset(version);
		if (sources.isEmpty()) {
			return Attempt.failed("ruleset " + version + " is not in the archive");
		}
		try {
			return Attempt.of(rulesets.build(sources.get()));
		}
		catch (RuntimeException ex) {
			// built from rule files alone, so the message holds nothing about the child
			return Attempt.failed("ruleset " + version + " no longer builds from the archive: " + oneLine(ex));
		}
	}

	private Attempt<Decision> decide(LoggedDecision logged, RuleEngine engine, DecisionRequest request) {
		try {
			return Attempt
				.of(new PlacementDecider(engine, geography).decide(request, logged.decisionId(), rankingOf(logged)));
		}
		catch (InvalidRequestException ex) {
			return Attempt.failed("the stored request cannot be decided now: " + fields(ex));
		}
		catch (RuntimeException ex) {
			// the type only: a message could quote the request
			return Attempt.failed("deciding the stored request failed (" + ex.getClass().getSimpleName() + ")");
		}
	}

	/**
	 * The replayed response against the recorded one, both as the log's one mapper writes
	 * them and in the shape the recorded one was written in: compact (it has
	 * {@code rules}), or, for a decision recorded before decisions were compact, the full
	 * shape with every sentence ({@link ExplainedDecision}), so that a replay checks
	 * every word that was sent. When asked, the rules that fired are compared too.
	 */
	private List<Replay.Difference> differences(LoggedDecision logged, Decision replayed, boolean compareFired) {
		JsonNode recorded = json.tree(logged.responseJson());
		Object shaped = recorded.has("rules") ? replayed : ExplainedDecision.of(replayed);
		List<Replay.Difference> differences = new ArrayList<>(
				JsonDiff.between(recorded, json.tree(json.write(shaped))));
		if (compareFired) {
			JsonDiff.between(json.tree(logged.firedJson()), json.tree(json.fired(replayed.trace())))
				.forEach(d -> differences.add(new Replay.Difference("fired" + d.path().replaceFirst("^\\$", ""),
						d.recorded(), d.replayed())));
		}
		return differences;
	}

	/**
	 * A value, or why there is none: a reason that never quotes the stored request.
	 */
	private record Attempt<T>(@Nullable T value, @Nullable String failure) {

		static <T> Attempt<T> of(T value) {
			return new Attempt<>(value, null);
		}

		static <T> Attempt<T> failed(String failure) {
			return new Attempt<>(null, failure);
		}

	}

	/**
	 * The decision the logged request gets now under its own archived rules and its own
	 * ranking algorithm.
	 */
	public Decision decide(LoggedDecision logged) {
		return new PlacementDecider(archived(logged.rulesetVersion()), geography).decide(logged.readableRequest(),
				logged.decisionId(), rankingOf(logged));
	}

	/**
	 * The ranking algorithm the logged decision was made with: the one its response
	 * names, or, for a decision made before issue 10 (none named), the single score it
	 * was ranked by then.
	 */
	private Ranking.Method rankingOf(LoggedDecision logged) {
		try {
			var method = json.tree(logged.responseJson()).get("rankingMethod");
			return method == null || method.isNull() ? Ranking.Method.SINGLE_SCORE
					: Ranking.Method.valueOf(method.asString());
		}
		catch (RuntimeException ex) {
			return Ranking.Method.STATUTORY_FIRST;
		}
	}

	/**
	 * The decision the logged request would get under another ruleset (impact analysis),
	 * ranked as a new decision would be today.
	 */
	public Decision decideUnder(LoggedDecision logged, RuleEngine engine) {
		return new PlacementDecider(engine, geography).decide(logged.readableRequest(), logged.decisionId(),
				Ranking.Method.STATUTORY_FIRST);
	}

	private static Replay notReplayable(LoggedDecision logged, String reason) {
		return Replay.notReplayable(logged.decisionId(), logged.rulesetVersion(), reason);
	}

	/** Field paths and the service's own messages, never the values at fault. */
	private static String fields(InvalidRequestException ex) {
		return ex.errors().stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
	}

	private static String oneLine(RuntimeException ex) {
		String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
		String line = message.strip().replaceAll("\\s*\\R\\s*", "; ");
		return line.length() <= MAX_REASON ? line : line.substring(0, MAX_REASON) + "...";
	}

	private RuleEngine archived(String version) {
		RulesetSources sources = log.ruleset(version)
			.orElseThrow(() -> new IllegalStateException("ruleset " + version + " is not in the archive"));
		return rulesets.build(sources);
	}

}
