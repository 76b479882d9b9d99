package org.example.placement.ledger;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.example.placement.decision.DecisionLog;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.RulesetSources;

/**
 * The decision log as its readers use it (auditors over HTTP, the commands, replay and
 * impact analysis): find, list, walk and verify the logged decisions, and the ruleset
 * archive behind them. The core records through its own port, {@link DecisionLog}. Every
 * method throws {@link DecisionLogUnavailableException} when the log cannot be read.
 */
public interface DecisionLedger {

	Optional<LoggedDecision> find(String decisionId);

	/** One page of logged decisions, newest first. */
	List<LoggedDecision> list(LogQuery query);

	/**
	 * One page of logged decisions, newest first, with how many match in all: the one
	 * query behind the log's API and its page.
	 */
	LogPage page(LogQuery query);

	/** Every logged decision matching the query (ignoring its page), oldest first. */
	void forEach(LogQuery query, Consumer<LoggedDecision> action);

	/** The archived files of a ruleset version, if any decision was made under it. */
	Optional<RulesetSources> ruleset(String version);

	/** Every archived ruleset version, by version (the archive keeps no date). */
	List<ArchivedRuleset> rulesets();

	/**
	 * Archives a ruleset version's files now, if not already archived: a version is
	 * otherwise archived, from the rulesets the service let serve, with the first
	 * decision made under it.
	 */
	void archive(RulesetSources sources);

	/** Walks the hash chain from the first record; reports the first break. */
	ChainReport verify();

}
