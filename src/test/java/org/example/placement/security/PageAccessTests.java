package org.example.placement.security;

import jakarta.servlet.http.Cookie;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages' access rules in the running application: the same bearer keys as the API,
 * the same roles by path, a sign-in form that takes an API key and starts a session
 * (CSRF-protected, signed out by a POST), and the API left stateless beside it.
 * {@code /rules} stands for any page: a request the rules let through reaches Spring MVC
 * (a 200 once the page exists, a 404 before), one they stop never does.
 */
@SpringBootTest(properties = { "placement.rules.watch-interval=0", "placement.scenarios.gate=false" })
@AutoConfigureMockMvc
@TestPropertySource(locations = TestClients.PROPERTIES)
class PageAccessTests {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvcTester mvc;

	@Test
	void aBrowserNotSignedInIsSentToTheSignInFormAndAScriptIsToldWhy() throws Exception {
		assertThat(mvc.get().uri("/decisions").accept(MediaType.TEXT_HTML)).hasStatus(302)
			.hasHeader(HttpHeaders.LOCATION, "/sign-in");
		assertThat(mvc.get().uri("/decisions").accept(MediaType.APPLICATION_JSON)).hasStatus(401)
			.hasHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
		assertThat(mvc.get().uri("/decisions").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-key")).hasStatus(401);
		assertThat(mvc.get().uri("/sign-in").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.bodyText()
			.contains("<label for=\"key\">API key</label>", "name=\"_csrf\"", "<main id=\"main\"", "href=\"#main\"",
					"/css/pages.css");
		assertThat(mvc.get().uri("/css/pages.css")).hasStatusOk().bodyText().contains("@media print");
	}

	@Test
	void aScriptSendsTheApiKeyAndThePageChecksTheRoleByPath() throws Exception {
		assertThat(
				mvc.get().uri("/rules").header(HttpHeaders.AUTHORIZATION, TestClients.bearer(TestClients.POLICY_ONLY)))
			.satisfies(result -> assertThat(result.getResponse().getStatus()).isIn(200, 404));
		assertThat(mvc.get()
			.uri("/rules")
			.header(HttpHeaders.AUTHORIZATION, TestClients.bearer(TestClients.DURHAM_AUDITOR))).hasStatus(403);
		assertThat(
				mvc.get().uri("/decisions").header(HttpHeaders.AUTHORIZATION, TestClients.bearer(TestClients.OPERATOR)))
			.hasStatus(403);
	}

	@Test
	void aPersonSignsInWithTheKeyAndOutAgain() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		String token = csrfToken(browser);
		MvcTestResult wrong = mvc.post()
			.uri("/sign-in")
			.session(browser)
			.param("key", "not-a-key")
			.param("_csrf", token)
			.exchange();
		assertThat(wrong).hasStatus(302).hasHeader(HttpHeaders.LOCATION, "/sign-in?error");
		MvcTestResult forged = mvc.post()
			.uri("/sign-in")
			.session(browser)
			.param("key", TestClients.POLICY_ONLY)
			.exchange();
		assertThat(forged).as("no CSRF token").hasStatus(403);

		MvcTestResult signedIn = mvc.post()
			.uri("/sign-in")
			.session(browser)
			.param("key", TestClients.POLICY_ONLY)
			.param("_csrf", token)
			.exchange();
		assertThat(signedIn).hasStatus(302).hasHeader(HttpHeaders.LOCATION, "/decisions");
		MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
		assertThat(session).isNotNull();

		assertThat(mvc.get().uri("/rules").session(session).accept(MediaType.TEXT_HTML))
			.satisfies(result -> assertThat(result.getResponse().getStatus()).isIn(200, 404));
		assertThat(mvc.get().uri("/decisions").session(session).accept(MediaType.TEXT_HTML)).hasStatus(403);
		assertThat(mvc.get().uri("/sign-in").session(session).accept(MediaType.TEXT_HTML)).bodyText()
			.contains("Signed in as <strong>policy-only</strong>", "for <span>every authority</span>", "Sign out")
			.contains(">Rules</a>")
			.doesNotContain(">Decisions</a>");

		assertThat(mvc.post().uri("/sign-out").session(session)).as("no CSRF token").hasStatus(403);
		assertThat(mvc.post().uri("/sign-out").session(session).param("_csrf", csrfToken(session))).hasStatus(302)
			.hasHeader(HttpHeaders.LOCATION, "/sign-in?signed-out");
		assertThat(mvc.get().uri("/rules").session(session).accept(MediaType.TEXT_HTML)).hasStatus(302);
	}

	@Test
	void theApiStaysStatelessAndTakesNoSessionFromThePages() throws Exception {
		MockHttpSession session = signIn(TestClients.BROKER_A);

		MvcTestResult api = mvc.get().uri("/api/v1/placement-decisions").session(session).exchange();
		assertThat(api).hasStatus(401).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		MvcTestResult withKey = mvc.get()
			.uri("/api/v1/placement-decisions")
			.header(HttpHeaders.AUTHORIZATION, TestClients.bearer(TestClients.BROKER_A))
			.exchange();
		assertThat(withKey).hasStatusOk();
		assertThat(withKey.getResponse().getCookies()).extracting(Cookie::getName).doesNotContain("JSESSIONID");
		assertThat(withKey.getRequest().getSession(false)).isNull();
	}

	@Test
	void theHeaderNamesTheAuthoritiesAClientMaySee() throws Exception {
		MockHttpSession session = signIn(TestClients.DURHAM_AUDITOR);

		assertThat(mvc.get().uri("/sign-in").session(session).accept(MediaType.TEXT_HTML)).bodyText()
			.contains("for <span>County Durham (E06000047)</span>", ">Decisions</a>", ">Sufficiency</a>")
			.doesNotContain(">Rules</a>");
	}

	private MockHttpSession signIn(String key) throws Exception {
		MockHttpSession browser = new MockHttpSession();
		MvcTestResult signedIn = mvc.post()
			.uri("/sign-in")
			.session(browser)
			.param("key", key)
			.param("_csrf", csrfToken(browser))
			.exchange();
		assertThat(signedIn).hasStatus(302);
		return (MockHttpSession) signedIn.getRequest().getSession(false);
	}

	/** The CSRF token a page's form carries, as a browser would read it. */
	private String csrfToken(MockHttpSession session) throws Exception {
		String page = mvc.get()
			.uri("/sign-in")
			.session(session)
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.getResponse()
			.getContentAsString();
		Matcher token = CSRF.matcher(page);
		assertThat(token.find()).as("a CSRF field in the page").isTrue();
		return token.group(1);
	}

}
