package org.example.placement.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.page.DecisionPage;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;

/**
 * A recorded decision read back in the full shape ({@code ?explain=full}) is built while
 * holding a permit for large work when its compact answer is over
 * {@code placement.api.large-request-bytes} (issue 12 item 6): with every permit taken it
 * is refused 503 with {@code Retry-After}, and so is replaying it, while the compact
 * answer, which is only the recorded bytes, is served as ever. The limit is set low here
 * so the small recorded decision counts as large; one permit and no wait, so nothing
 * depends on timing.
 */
@WebMvcTest(DecisionLogController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class, ReadableDecisions.class })
@TestPropertySource(locations = TestClients.PROPERTIES, properties = { "placement.api.large-request-bytes=100",
		"placement.api.large-requests-at-once=1", "placement.api.large-request-wait=0s" })
class FullShapePermitsTests {

	private static final String DECISION = "/api/v1/placement-decisions/d-123";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private LargeWork large;

	@MockitoBean
	private DecisionLedger log;

	@MockitoBean
	private DecisionReplayer replayer;

	@MockitoBean
	private AccessLog accessLog;

	@MockitoBean
	private DecisionPage page;

	@MockitoBean
	private Clock clock;

	@Test
	void aLargeRecordedDecisionInTheFullShapeOrReplayedWaitsForAPermitAndTheCompactOneNever() {
		String compact = new String(DecisionControllerTests.recorded().response(), StandardCharsets.UTF_8);
		given(log.find("d-123")).willReturn(Optional.of(new LoggedDecision(1, "d-123", Instant.EPOCH, "broker-a",
				"E06000047", LocalDate.parse("2026-11-23"), "sha256:abc", null, "", compact, "[]", "h")));
		assertThat(large.isLarge(compact.length())).as("the recorded answer counts as large here").isTrue();

		large.take();
		try {
			assertThat(mvc.get().uri(DECISION + "?explain=full").exchange()).hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
				.hasHeader("Retry-After", "5");
			assertThat(mvc.get().uri(DECISION).exchange()).hasStatus(HttpStatus.OK).hasBodyTextEqualTo(compact);
		}
		finally {
			large.give();
		}
		assertThat(mvc.get().uri(DECISION + "?explain=full").exchange()).hasStatus(HttpStatus.OK)
			.bodyJson()
			.extractingPath("$.candidates[0].findings[0].explanation")
			.asString()
			.isNotBlank();
	}

	@Test
	void smallWorkNeverTakesAPermit() {
		large.take();
		try {
			assertThat(large.served(100, () -> "served")).isEqualTo("served");
			assertThatThrownBy(() -> large.served(101, () -> "served"))
				.isInstanceOf(TooManyLargeRequestsException.class);
		}
		finally {
			large.give();
		}
		assertThat(large.served(101, () -> "served")).as("the permit is back").isEqualTo("served");
	}

}
