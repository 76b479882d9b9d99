package org.example.placement.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.Comparison.DecidedBy;
import org.example.placement.decision.Decision;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Match;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.example.placement.decision.RuleEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

/**
 * A logged decision that cannot be replayed is reported as such, with a reason that never
 * quotes the stored request; the rebuild, the decision and the comparison are each
 * allowed to fail.
 */
class DecisionReplayerTests {

	final DecisionLedger log = mock(DecisionLedger.class);

	final RuleEngine engine = mock(RuleEngine.class);

	final Geography geography = mock(Geography.class);

	RuntimeException rulesetFailure;

	final DecisionReplayer replayer = new DecisionReplayer(log, sources -> {
		if (rulesetFailure != null) {
			throw rulesetFailure;
		}
		return engine;
	}, geography);

	final DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);

	final LoggedDecision logged = new LoggedDecision(1, "D-1", Instant.EPOCH, "caller", request.responsibleAuthority(),
			request.asOf(), Decisions.RULESET.version(), request, null,
			new LedgerJson().write(Decisions.aDecision("D-1", request)), "[]", "sha256:");

	/**
	 * A decision logged before issue 10 (no rankingMethod) was ranked by one score; it
	 * replays identically under that method, while a new decision replays under
	 * statutory-first.
	 */
	@Test
	void replaysEachDecisionUnderTheRankingMethodItWasMadeWith() {
		RuleDefinition statutory = new RuleDefinition("ENG-S22C-8D", "suitable", "Children Act 1989 s22C(8)(d)", null,
				Effect.PREFER, 30, null, null, null, null, LocalDate.of(2011, 4, 1), null, "england", "england/p.drl");
		RuleDefinition local = new RuleDefinition("LOCAL-DEFAULT-001", "in-house", "Local policy: x", null,
				Effect.PREFER, 40, null, null, null, null, LocalDate.of(2011, 4, 1), null, "local/default",
				"local/default/k.drl");
		List<Match> matches = List.of(new Match(statutory, "FC-1"), new Match(local, "FC-2"));
		given(log.ruleset(Decisions.RULESET.version())).willReturn(Optional.of(Decisions.RULESET));
		given(geography.authorityOf(anyString())).willReturn(Optional.of(Decisions.DURHAM));
		given(geography.locate(any(), anyString(), anyString())).willAnswer(call -> (Candidate) call.getArgument(0));
		given(engine.evaluate(any(), any(), any()))
			.willReturn(new Evaluation(Decisions.RULESET.version(), matches, matches));

		for (Ranking.Method method : Ranking.Method.values()) {
			Decision made = new PlacementDecider(engine, geography).decide(request, "D-" + method, method);
			LoggedDecision old = new LoggedDecision(1, made.decisionId(), Instant.EPOCH, "caller",
					request.responsibleAuthority(), request.asOf(), Decisions.RULESET.version(), request, null,
					new LedgerJson().write(made), "[]", "sha256:");

			Replay replay = replayer.replay(old);

			assertThat(replay.identical()).as(method + ": " + replay.differences()).isTrue();
			assertThat(made.comparisons().get(0).decidedBy())
				.isEqualTo(method == Ranking.Method.SINGLE_SCORE ? DecidedBy.SCORE : DecidedBy.STATUTORY_FACTORS);
		}
	}

	@Test
	void reportsARulesetMissingFromTheArchive() {
		given(log.ruleset(Decisions.RULESET.version())).willReturn(Optional.empty());

		Replay replay = replayer.replay(logged);

		assertThat(replay.replayable()).isFalse();
		assertThat(replay.identical()).isFalse();
		assertThat(replay.differences()).isEmpty();
		assertThat(replay.reason()).isEqualTo("ruleset " + Decisions.RULESET.version() + " is not in the archive");
	}

	@Test
	void reportsAnArchivedRulesetThatNoLongerBuildsWithWhatTheBuildSaid() {
		given(log.ruleset(Decisions.RULESET.version())).willReturn(Optional.of(Decisions.RULESET));
		rulesetFailure = new IllegalArgumentException("ruleset rejected:\n  england/x.drl:3 unexpected token");

		Replay replay = replayer.replay(logged);

		assertThat(replay.replayable()).isFalse();
		assertThat(replay.reason()).isEqualTo("ruleset " + Decisions.RULESET.version()
				+ " no longer builds from the archive: ruleset rejected:; england/x.drl:3 unexpected token");
	}

	@Test
	void reportsAStoredRequestThatCannotBeDecidedNowNamingFieldsNotValues() {
		given(log.ruleset(Decisions.RULESET.version())).willReturn(Optional.of(Decisions.RULESET));
		// the child's home postcode has since left the postcode directory
		given(geography.authorityOf(anyString())).willReturn(Optional.empty());

		Replay replay = replayer.replay(logged);

		assertThat(replay.replayable()).isFalse();
		assertThat(replay.reason())
			.startsWith("the stored request cannot be decided now: child.homePostcode unknown postcode")
			.doesNotContain(request.child().homePostcode());
	}

	@Test
	void reportsAnyOtherFailureByItsKindWithoutItsMessage() {
		given(log.ruleset(Decisions.RULESET.version())).willReturn(Optional.of(Decisions.RULESET));
		given(geography.authorityOf(anyString())).willReturn(Optional.of(Decisions.DURHAM));
		given(geography.locate(any(), any(), any()))
			.willThrow(new IllegalStateException("cannot place CH-0001 at DH1 3AA"));

		Replay replay = replayer.replay(logged);

		assertThat(replay.replayable()).isFalse();
		assertThat(replay.reason()).isEqualTo("deciding the stored request failed (IllegalStateException)");
	}

}
