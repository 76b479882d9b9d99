package org.example.placement.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.RecordingDecider;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.times;

/**
 * Large requests (issue 12 item 6) hold a permit while they are read, decided and
 * answered; with every permit taken, another large one is answered 503 with
 * {@code Retry-After}, unread and undecided, while small ones are served as ever. One
 * permit and no wait here, so the refusal does not depend on timing.
 */
@WebMvcTest(DecisionController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class,
		DecisionControllerTests.FixedClock.class })
@TestPropertySource(locations = TestClients.PROPERTIES,
		properties = { "placement.api.large-requests-at-once=1", "placement.api.large-request-wait=0s" })
class LargeRequestPermitsTests {

	private static final String DECISIONS = "/api/v1/placement-decisions";

	/** 5,000 candidates, some 350 KB: over the default 256 KB. */
	private static final String FIVE_THOUSAND = Requests.MANY_CANDIDATES
		.formatted(String.join(",", Collections.nCopies(5000, Requests.CANDIDATE)));

	/** 1,000 candidates, some 70 KB: under 256 KB, over a fifth of it. */
	private static final String ONE_THOUSAND = Requests.MANY_CANDIDATES
		.formatted(String.join(",", Collections.nCopies(1000, Requests.CANDIDATE)));

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RecordingDecider decider;

	@Test
	void aLargeRequestWhileEveryPermitIsHeldIsRefused503UnreadWhileSmallOnesAreServed() throws Exception {
		CountDownLatch deciding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		given(decider.decideAndRecord(any(), any(), any())).willAnswer((call) -> {
			if (call.<DecisionRequest>getArgument(0).candidates().size() > 1) {
				deciding.countDown();
				release.await(60, TimeUnit.SECONDS);
			}
			return DecisionControllerTests.recorded();
		});
		CompletableFuture<MvcTestResult> first = CompletableFuture.supplyAsync(() -> post(FIVE_THOUSAND));
		assertThat(deciding.await(60, TimeUnit.SECONDS)).as("the first large request is being decided").isTrue();

		MvcTestResult refused = post(FIVE_THOUSAND);
		MvcTestResult small = post(Requests.VALID);
		release.countDown();

		assertThat(refused).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "5");
		assertThat(refused).bodyJson().extractingPath("$.detail").asString().contains("262144 bytes");
		assertThat(refused).bodyJson().hasPath("$.correlationId");
		assertThat(small).hasStatus(HttpStatus.CREATED);
		assertThat(first.get(60, TimeUnit.SECONDS)).hasStatus(HttpStatus.CREATED);
		then(decider).should(times(2)).decideAndRecord(any(), any(), any());
		assertThat(post(FIVE_THOUSAND)).as("the permit is back once the first was answered")
			.hasStatus(HttpStatus.CREATED);
	}

	@Test
	void aChunkedBodyCountsAsLargeAndOneWithinTheLimitOrNoBodyDoesNot() {
		LargeRequestPermits permits = new LargeRequestPermits(new LargeWork(1000, 1, Duration.ZERO), null);
		MockHttpServletRequest chunked = new MockHttpServletRequest("POST", DECISIONS);
		chunked.addHeader("Transfer-Encoding", "chunked");
		MockHttpServletRequest bodiless = new MockHttpServletRequest("POST", DECISIONS + "/d-1/replay");
		MockHttpServletRequest http2 = new MockHttpServletRequest("POST", DECISIONS);
		http2.setProtocol("HTTP/2.0");
		MockHttpServletRequest small = new MockHttpServletRequest("POST", DECISIONS);
		small.setContent(new byte[1000]);
		MockHttpServletRequest large = new MockHttpServletRequest("POST", DECISIONS);
		large.setContent(new byte[1001]);

		assertThat(permits.shouldNotFilter(chunked)).isFalse();
		assertThat(permits.shouldNotFilter(bodiless)).as("neither a length nor a transfer coding: no body").isTrue();
		assertThat(permits.shouldNotFilter(http2)).as("HTTP/2 need declare no length for a body").isFalse();
		assertThat(permits.shouldNotFilter(small)).isTrue();
		assertThat(permits.shouldNotFilter(large)).isFalse();
		assertThat(permits.shouldNotFilter(new MockHttpServletRequest("GET", DECISIONS))).isTrue();
	}

	@Test
	void aRequestForTheFullShapeIsWeighedAtFiveTimesItsLengthReadFromTheQueryStringOnly() {
		LargeRequestPermits permits = new LargeRequestPermits(new LargeWork(1000, 1, Duration.ZERO), null);
		MockHttpServletRequest fullSmall = new MockHttpServletRequest("POST", DECISIONS);
		fullSmall.setQueryString("explain=full");
		fullSmall.setContent(new byte[200]);
		MockHttpServletRequest fullLarge = new MockHttpServletRequest("POST", DECISIONS);
		fullLarge.setQueryString("x=1&explain=%66ull");
		fullLarge.setContent(new byte[201]);
		MockHttpServletRequest compact = new MockHttpServletRequest("POST", DECISIONS);
		compact.setQueryString("explain=compact");
		compact.setContent(new byte[201]);
		MockHttpServletRequest form = new MockHttpServletRequest("POST", DECISIONS);
		form.setContentType(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
		form.setContent("explain=full".getBytes(StandardCharsets.US_ASCII));

		assertThat(permits.shouldNotFilter(fullSmall)).isTrue();
		assertThat(permits.shouldNotFilter(fullLarge)).isFalse();
		assertThat(permits.shouldNotFilter(compact)).as("any other value is refused 400, unread").isTrue();
		assertThat(permits.shouldNotFilter(form)).isTrue();
		assertThat(form.getInputStream()).as("the body was not read to find the parameter")
			.hasBinaryContent("explain=full".getBytes(StandardCharsets.US_ASCII));
	}

	@Test
	void aRequestForTheFullShapeOverAFifthOfTheLimitWaitsForAPermitLikeALargeOne() throws Exception {
		CountDownLatch deciding = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		given(decider.decideAndRecord(any(), any(), any())).willAnswer((call) -> {
			if (call.<DecisionRequest>getArgument(0).candidates().size() == 5000) {
				deciding.countDown();
				release.await(60, TimeUnit.SECONDS);
			}
			return DecisionControllerTests.recorded();
		});
		CompletableFuture<MvcTestResult> first = CompletableFuture.supplyAsync(() -> post(FIVE_THOUSAND));
		assertThat(deciding.await(60, TimeUnit.SECONDS)).as("the large request holds the only permit").isTrue();

		MvcTestResult refused = mvc.post()
			.uri(DECISIONS + "?explain=full")
			.contentType(MediaType.APPLICATION_JSON)
			.content(ONE_THOUSAND)
			.exchange();
		MvcTestResult compact = post(ONE_THOUSAND);
		release.countDown();

		assertThat(ONE_THOUSAND.length()).isLessThan(262144).isGreaterThan(262144 / LargeRequestPermits.FULL_WEIGHT);
		assertThat(refused).hasStatus(HttpStatus.SERVICE_UNAVAILABLE).hasHeader("Retry-After", "5");
		assertThat(compact).as("the same body for the compact answer takes no permit").hasStatus(HttpStatus.CREATED);
		assertThat(first.get(60, TimeUnit.SECONDS)).hasStatus(HttpStatus.CREATED);
	}

	private MvcTestResult post(String body) {
		return mvc.post().uri(DECISIONS).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

}
