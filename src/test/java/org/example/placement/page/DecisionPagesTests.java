package org.example.placement.page;

import org.example.placement.support.TestClients;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision page, its PDF, the log page and their JSON twins in the application, as a
 * script fetches them with a bearer key (the browser tests sign in as a person): what
 * they show, what they never show (the child's ref, date of birth, postcode), and whose
 * decisions they show.
 */
@SpringBootTest(properties = { "placement.rules.watch-interval=0", "placement.scenarios.gate=false" })
@AutoConfigureMockMvc
@TestPropertySource(locations = TestClients.PROPERTIES)
class DecisionPagesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String AUDITOR = TestClients.bearer(TestClients.DURHAM_AUDITOR);

	@Autowired
	MockMvcTester mvc;

	String durham;

	@BeforeEach
	void decide() throws Exception {
		durham = decide(DecisionPagesBrowserTests.readmeExample());
	}

	@Test
	void theDecisionPageTellsTheSituationAndTheRankingButNeverWhoTheChildIs() {
		MvcTestResult page = mvc.get()
			.uri("/decisions/" + durham)
			.header(HttpHeaders.AUTHORIZATION, AUDITOR)
			.exchange();

		assertThat(page).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(page).bodyText()
			.contains("Aged 13 on 2026-11-23", "Legal status: full care order (Children Act 1989 s31) (C2)",
					"Responsible authority: County Durham (E06000047)", "Home area: County Durham",
					"Ranked first: <strong>P-03</strong>", "data-ref=\"P-03\"", "class=\"citation\"",
					"<div class=\"slot\">", "/decisions/" + durham + ".pdf", "<main id=\"main\"")
			.doesNotContain("CH-0001", "2013-05-01", "DH1 3AA", "DH1 5AA", "TS1 1AA");
	}

	@Test
	void theApiAnswersTheSamePageToACallerAskingForHtmlAndJsonToAnyOther() throws Exception {
		String path = "/api/v1/placement-decisions/" + durham;
		assertThat(mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, AUDITOR).accept(MediaType.TEXT_HTML))
			.hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("data-ref=\"P-03\"", "Signed in as <strong>durham-auditor</strong>")
			.doesNotContain("Replay this decision");
		MvcTestResult json = mvc.get().uri(path).header(HttpHeaders.AUTHORIZATION, AUDITOR).exchange();
		assertThat(json).hasStatusOk().hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		assertThat(JSON.readTree(json.getResponse().getContentAsString()).get("decisionId").asString())
			.isEqualTo(durham);
	}

	@Test
	void anotherAuthoritysDecisionIsNotThereForThisReader() throws Exception {
		String sunderland = decide(DecisionPagesBrowserTests.readmeExample().replace("E06000047", "E08000024"));

		assertThat(mvc.get().uri("/decisions/" + sunderland).header(HttpHeaders.AUTHORIZATION, AUDITOR)).hasStatus(404)
			.bodyText()
			.contains("Page not found");
		assertThat(mvc.get().uri("/decisions/" + sunderland + ".pdf").header(HttpHeaders.AUTHORIZATION, AUDITOR))
			.hasStatus(404);
		assertThat(mvc.get().uri("/decisions").header(HttpHeaders.AUTHORIZATION, AUDITOR)).bodyText()
			.contains(durham)
			.doesNotContain(sunderland);
	}

	@Test
	void thePdfIsAPdfToFile() {
		MvcTestResult pdf = mvc.get()
			.uri("/decisions/" + durham + ".pdf")
			.header(HttpHeaders.AUTHORIZATION, AUDITOR)
			.exchange();

		assertThat(pdf).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
		assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");
	}

	@Test
	void theLogPageAndItsJsonTwinFilterByTheRuleThatFiredWithATotal() throws Exception {
		JsonNode compact = JSON.readTree(mvc.get()
			.uri("/api/v1/placement-decisions/" + durham)
			.header(HttpHeaders.AUTHORIZATION, AUDITOR)
			.exchange()
			.getResponse()
			.getContentAsString());
		String rule = compact.get("rules").propertyNames().iterator().next();
		String version = compact.get("rulesetVersion").asString();

		MvcTestResult api = mvc.get()
			.uri("/api/v1/placement-decisions?rule={rule}&rulesetVersion={version}&size=1", rule, version)
			.header(HttpHeaders.AUTHORIZATION, AUDITOR)
			.exchange();
		assertThat(api).hasStatusOk();
		long total = Long.parseLong(api.getResponse().getHeader("X-Total-Count"));
		assertThat(total).isPositive();
		assertThat(JSON.readTree(api.getResponse().getContentAsString())).hasSize(1);
		assertThat(mvc.get()
			.uri("/api/v1/placement-decisions?rule=NO-SUCH-RULE")
			.header(HttpHeaders.AUTHORIZATION, AUDITOR)
			.exchange()
			.getResponse()
			.getHeader("X-Total-Count")).isEqualTo("0");

		assertThat(mvc.get().uri("/decisions?rule={rule}", rule).header(HttpHeaders.AUTHORIZATION, AUDITOR))
			.hasStatusOk()
			.bodyText()
			.contains("<span class=\"total\">" + total + "</span>", "data-decision=\"" + durham + "\"");
		assertThat(mvc.get().uri("/decisions?from=01/04/2026").header(HttpHeaders.AUTHORIZATION, AUDITOR)).bodyText()
			.contains("From: &#39;01/04/2026&#39; is not a date like 2026-04-01.");
		assertThat(mvc.get().uri("/decisions?authority=E08000024").header(HttpHeaders.AUTHORIZATION, AUDITOR))
			.bodyText()
			.contains("you may not see the decisions of E08000024");
	}

	private String decide(String request) throws Exception {
		MvcTestResult made = mvc.post()
			.uri("/api/v1/placement-decisions")
			.header(HttpHeaders.AUTHORIZATION, TestClients.bearer(TestClients.BROKER_A))
			.contentType(MediaType.APPLICATION_JSON)
			.content(request)
			.exchange();
		assertThat(made).hasStatus(201);
		return JSON.readTree(made.getResponse().getContentAsString()).get("decisionId").asString();
	}

}
