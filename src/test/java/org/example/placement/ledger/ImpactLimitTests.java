package org.example.placement.ledger;

import java.util.List;

import org.example.placement.decision.RuleEngine;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * An impact asked for over HTTP re-runs at most
 * {@code placement.impact.online-max-decisions} decisions: a window holding more is
 * refused before any is re-run, counted with the same filters as the analysis itself; one
 * within the limit is analysed as the command would.
 */
class ImpactLimitTests {

	final DecisionLedger log = mock(DecisionLedger.class);

	final RuleEngine proposed = mock(RuleEngine.class);

	final LogQuery window = LogQuery.recorded("E06000047", null, null, null);

	@Test
	void aWindowOverTheLimitIsRefusedBeforeAnyDecisionIsMadeAgain() {
		given(log.page(any())).willReturn(new LogPage(List.of(), 5, 0, 1));
		ImpactAnalysis impact = new ImpactAnalysis(log, mock(DecisionReplayer.class), 4);

		assertThatThrownBy(() -> impact.analyseOnline("sha256:b", proposed, window))
			.isInstanceOfSatisfying(TooManyToAnalyseException.class, ex -> {
				assertThat(ex.found()).isEqualTo(5);
				assertThat(ex.most()).isEqualTo(4);
			});
		then(log).should(never()).forEach(any(), any());
		ArgumentCaptor<LogQuery> counted = ArgumentCaptor.forClass(LogQuery.class);
		then(log).should().page(counted.capture());
		assertThat(counted.getValue().responsibleAuthority()).isEqualTo("E06000047");
		assertThat(counted.getValue().size()).as("a count, not a page of decisions").isEqualTo(1);
	}

	@Test
	void aWindowWithinTheLimitIsAnalysedAndTheCommandHasNoLimit() {
		given(log.page(any())).willReturn(new LogPage(List.of(), 4, 0, 1));
		ImpactAnalysis impact = new ImpactAnalysis(log, mock(DecisionReplayer.class), 4);

		assertThat(impact.analyseOnline("sha256:b", proposed, window).decisions()).isZero();
		then(log).should().forEach(any(), any());
		assertThat(new ImpactAnalysis(log, mock(DecisionReplayer.class), 1).analyse("sha256:b", proposed, window))
			.as("the command counts nothing first")
			.isNotNull();
		then(log).should().page(any());
	}

}
