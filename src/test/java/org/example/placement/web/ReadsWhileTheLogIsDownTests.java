package org.example.placement.web;

import org.example.placement.ledger.DecisionLedger;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.OutcomeLedger;
import org.example.placement.outcome.Outcomes;
import org.example.placement.outcome.OverrideReports;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.example.placement.sufficiency.UnmetNeedLog;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;

/**
 * Every read of the decision log answers 503 with {@code Retry-After} when the log cannot
 * be reached, as the OpenAPI contract says, rather than a 500 or an empty answer: the
 * journeys show it with a real database going down for decisions; this shows it for each
 * read.
 */
@WebMvcTest({ DecisionLogController.class, AccessLogController.class, UnmetNeedController.class,
		OutcomeController.class, OverrideController.class })
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class, ReadableDecisions.class,
		Outcomes.class, OverrideReports.class })
@TestPropertySource(locations = TestClients.PROPERTIES)
class ReadsWhileTheLogIsDownTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DecisionLedger log;

	@MockitoBean
	private DecisionReplayer replayer;

	@MockitoBean
	private AccessLog accessLog;

	@MockitoBean
	private UnmetNeedLog reports;

	@MockitoBean
	private OutcomeLedger outcomes;

	@MockitoBean
	private Clock clock;

	@BeforeEach
	void logIsDown() {
		DecisionLogUnavailableException down = new DecisionLogUnavailableException("connection refused",
				new IllegalStateException("down"));
		given(log.find(any())).willThrow(down);
		given(log.list(any())).willThrow(down);
		given(accessLog.list(any())).willThrow(down);
		given(reports.read(any(), any(), any(), any(), any())).willThrow(down);
		willThrow(down).given(outcomes).forEachCurrent(any(), any());
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/placement-decisions/d-1", "GET, /api/v1/placement-decisions",
			"POST, /api/v1/placement-decisions/d-1/replay", "GET, /api/v1/access-log",
			"GET, /api/v1/sufficiency/unmet-need?authority=E06000047&from=2025-04-01&to=2026-03-31",
			"GET, /api/v1/placement-decisions/d-1/outcome", "GET, /api/v1/overrides" })
	void answers503WithRetryAfter(String method, String path) {
		assertThat(mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "30");
	}

	@Test
	void recordingAnOutcomeAnswers503WithRetryAfter() {
		String path = "/api/v1/placement-decisions/d-1/outcome";
		String body = "{\"chosenRef\": \"P-01\", \"decidedBy\": \"SW-1\", \"decidedOn\": \"2026-11-30\"}";
		assertThat(mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(body)))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "30");
	}

}
