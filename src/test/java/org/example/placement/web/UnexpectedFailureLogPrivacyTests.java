package org.example.placement.web;

import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.springframework.test.context.TestPropertySource;
import org.example.placement.decision.RecordingDecider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;

/**
 * An unexpected failure while deciding is logged with its stack trace (500), and still
 * without any value of the request, with the root logger at TRACE. Same slice as
 * {@link DecisionControllerTests}, so the context is shared.
 */
@WebMvcTest(DecisionController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class,
		DecisionControllerTests.FixedClock.class })
@TestPropertySource(locations = TestClients.PROPERTIES)
class UnexpectedFailureLogPrivacyTests {

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RecordingDecider decider;

	@Test
	void anUnexpectedFailureIsLoggedWithoutAnyRequestValue() {
		given(decider.decideAndRecord(any(), any(), any())).willThrow(new IllegalStateException("engine fell over"));

		try (LogCapture log = LogCapture.atTrace()) {
			var result = mvc.post()
				.uri("/api/v1/placement-decisions")
				.contentType(MediaType.APPLICATION_JSON)
				.content(ApplicationLogPrivacyTests.VALID)
				.exchange();

			assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(log.lines()).anyMatch(line -> line.contains("engine fell over"));
			ApplicationLogPrivacyTests.assertNoSecretIn(log.lines());
		}
	}

}
