package org.example.placement.decision;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/**
 * Deciding and recording: a decision is returned only once the log holds it, and a
 * caller's idempotency key answers a retry with the first decision.
 */
class RecordingDeciderTests {

	final RuleEngine engine = mock(RuleEngine.class);

	final Geography geography = mock(Geography.class);

	@Test
	void answersARetryUnderItsIdempotencyKeyWithTheFirstDecisionWithoutDecidingAgain() {
		DecisionLog log = mock(DecisionLog.class);
		RecordedDecision first = recordedOf("D-0");
		when(log.findByIdempotencyKey("broker-a", KEY, REQUEST))
			.thenReturn(Optional.of(KeyedDecision.ofEarlier(first, true)));

		RecordedDecision answer = deciderRecordingTo(log).decideAndRecord(REQUEST, "broker-a", Optional.of(KEY));

		assertThat(answer).isSameAs(first);
		verifyNoInteractions(engine, geography);
		verify(log, never()).record(any(), any(), any(), any(IdempotencyKey.class));
	}

	@Test
	void refusesAnIdempotencyKeyFirstUsedForAnotherRequest() {
		DecisionLog log = mock(DecisionLog.class);
		when(log.findByIdempotencyKey("broker-a", KEY, REQUEST))
			.thenReturn(Optional.of(KeyedDecision.ofEarlier(recordedOf("D-0"), false)));

		assertThatThrownBy(() -> deciderRecordingTo(log).decideAndRecord(REQUEST, "broker-a", Optional.of(KEY)))
			.isInstanceOf(IdempotencyKeyReusedException.class);
		verifyNoInteractions(engine);
	}

	@Test
	void answersWithTheDecisionThatWonTheKeyWhenAnotherInstanceRecordedItFirst() {
		DecisionLog log = mock(DecisionLog.class);
		decidable();
		RecordedDecision winner = recordedOf("D-0");
		when(log.record(any(), any(), eq("broker-a"), eq(KEY))).thenReturn(KeyedDecision.ofEarlier(winner, true));

		RecordedDecision answer = deciderRecordingTo(log).decideAndRecord(REQUEST, "broker-a", Optional.of(KEY));

		assertThat(answer).isSameAs(winner);
	}

	@Test
	void refusesARequestWhoseIdempotencyKeyIsStillBeingDecidedOnlyWhileItIs() throws Exception {
		DecisionLog log = mock(DecisionLog.class);
		decidable();
		CountDownLatch looking = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		when(log.findByIdempotencyKey("broker-a", KEY, REQUEST)).thenAnswer(call -> {
			looking.countDown();
			release.await();
			return Optional.empty();
		}).thenReturn(Optional.empty());
		when(log.record(any(), any(), any(), any(IdempotencyKey.class)))
			.thenAnswer(call -> KeyedDecision.ofNew(new RecordedDecision(call.getArgument(1), new byte[0])));
		RecordingDecider decider = deciderRecordingTo(log);
		ExecutorService first = Executors.newSingleThreadExecutor();
		Future<RecordedDecision> inFlight = first
			.submit(() -> decider.decideAndRecord(REQUEST, "broker-a", Optional.of(KEY)));
		looking.await();

		assertThatThrownBy(() -> decider.decideAndRecord(REQUEST, "broker-a", Optional.of(KEY)))
			.isInstanceOf(IdempotencyKeyInFlightException.class);
		assertThat(decider.decideAndRecord(REQUEST, "broker-b", Optional.of(KEY))).isNotNull();
		release.countDown();
		assertThat(inFlight.get().decision().rulesetVersion()).isEqualTo("sha256:v");
		first.shutdown();
		assertThat(decider.decideAndRecord(REQUEST, "broker-a", Optional.of(KEY))).isNotNull();
	}

	static final IdempotencyKey KEY = new IdempotencyKey("k-1");

	static final DecisionRequest REQUEST = new DecisionRequest(Children.AS_OF, Children.DURHAM, false,
			Children.aThirteenYearOldInCare(), List.of(Candidates.anApprovedFosterCarer("P-1")));

	private RecordingDecider deciderRecordingTo(DecisionLog log) {
		return new RecordingDecider(new PlacementDecider(engine, geography), log);
	}

	private void decidable() {
		Candidate carer = REQUEST.candidates().get(0);
		when(geography.authorityOf(anyString())).thenReturn(Optional.of(Children.DURHAM));
		when(geography.locate(eq(carer), anyString(), anyString())).thenReturn(carer);
		when(engine.evaluate(any(), any(), eq(List.of(carer))))
			.thenReturn(new Evaluation("sha256:v", List.of(), List.of()));
	}

	private static RecordedDecision recordedOf(String decisionId) {
		return new RecordedDecision(decisionOf(decisionId), decisionId.getBytes(StandardCharsets.UTF_8));
	}

	private static Decision decisionOf(String decisionId) {
		return new Decision(decisionId, "sha256:v", Children.AS_OF, Children.DURHAM, List.of(), List.of(), List.of());
	}

}
