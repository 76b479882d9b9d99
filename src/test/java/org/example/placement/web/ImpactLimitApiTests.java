package org.example.placement.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.placement.decision.RuleEngine;
import org.example.placement.decision.RulesetSources;
import org.example.placement.engine.RuleBook;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.ImpactAnalysis;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.LogPage;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

/**
 * {@code GET /api/v1/rulesets/{version}/impact} over a window holding more decisions than
 * {@code placement.impact.online-max-decisions} (set to 2 here) is a 400 problem naming
 * {@code from} and {@code to}, and nothing is made again; the real analysis, over a log
 * that is a mock.
 */
@WebMvcTest(RulesetChangesController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class, ImpactAnalysis.class })
@TestPropertySource(locations = TestClients.PROPERTIES, properties = "placement.impact.online-max-decisions=2")
class ImpactLimitApiTests {

	private static final String VERSION = "sha256:" + "b".repeat(64);

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private DecisionLedger ledger;

	@MockitoBean
	private DecisionReplayer replayer;

	@MockitoBean
	private RuleBook rules;

	@Test
	void aWindowOverTheLimitIsA400NamingTheDates() {
		RulesetSources archived = new RulesetSources(VERSION, Map.of());
		given(ledger.ruleset(VERSION)).willReturn(Optional.of(archived));
		given(rules.engine(archived)).willReturn(mock(RuleEngine.class));
		given(ledger.page(any())).willReturn(new LogPage(List.of(), 3, 0, 1));

		assertThat(mvc.get().uri("/api/v1/rulesets/" + VERSION + "/impact?from=2026-01-01").exchange())
			.hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.errors[*].field")
			.asArray()
			.containsExactly("from", "to");
		then(ledger).should(never()).forEach(any(), any());
	}

}
