package org.example.placement.web;

import org.example.placement.ledger.DecisionLedger;
import org.example.placement.page.DecisionPage;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.example.placement.sufficiency.UnmetNeedLog;
import org.junit.jupiter.api.BeforeEach;
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

/**
 * Every read of the decision log answers 503 with {@code Retry-After} when the log cannot
 * be reached, as the OpenAPI contract says, rather than a 500 or an empty answer: the
 * journeys show it with a real database going down for decisions; this shows it for each
 * read.
 */
@WebMvcTest({ DecisionLogController.class, AccessLogController.class, UnmetNeedController.class })
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class, ReadableDecisions.class })
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
	private DecisionPage page;

	@BeforeEach
	void logIsDown() {
		DecisionLogUnavailableException down = new DecisionLogUnavailableException("connection refused",
				new IllegalStateException("down"));
		given(log.find(any())).willThrow(down);
		given(log.list(any())).willThrow(down);
		given(log.page(any())).willThrow(down);
		given(accessLog.list(any())).willThrow(down);
		given(reports.read(any(), any(), any(), any(), any())).willThrow(down);
	}

	@ParameterizedTest
	@CsvSource({ "GET, /api/v1/placement-decisions/d-1", "GET, /api/v1/placement-decisions",
			"POST, /api/v1/placement-decisions/d-1/replay", "GET, /api/v1/access-log",
			"GET, /api/v1/sufficiency/unmet-need?authority=E06000047&from=2025-04-01&to=2026-03-31" })
	void answers503WithRetryAfter(String method, String path) {
		assertThat(mvc.perform(MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path)))
			.hasStatus(HttpStatus.SERVICE_UNAVAILABLE)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader("Retry-After", "30");
	}

}
