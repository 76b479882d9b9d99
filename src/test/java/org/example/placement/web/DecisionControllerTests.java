package org.example.placement.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.example.placement.decision.Comparison;
import org.example.placement.decision.Comparison.DecidedBy;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.RuleSummary;
import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.IdempotencyKey;
import org.example.placement.decision.IdempotencyKeyInFlightException;
import org.example.placement.decision.IdempotencyKeyReusedException;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.decision.InvalidRequestException.FieldError;
import org.example.placement.decision.Location;
import org.example.placement.decision.RecordedDecision;
import org.example.placement.decision.RecordingDecider;
import org.example.placement.json.StrictJson;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.RankedCandidate.Finding;
import org.example.placement.decision.RankedCandidate.Status;
import org.example.placement.decision.Setting;
import org.example.placement.decision.Tier;
import org.example.placement.security.SecurityConfiguration;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

@WebMvcTest(DecisionController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class,
		DecisionControllerTests.FixedClock.class })
@TestPropertySource(locations = TestClients.PROPERTIES)
@ExtendWith(OutputCaptureExtension.class)
class DecisionControllerTests {

	private static final String DECISIONS = "/api/v1/placement-decisions";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RecordingDecider decider;

	@Test
	void createsDecisionWithLocationAndRankedCandidates() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(Requests.VALID);

		assertThat(result).hasStatus(HttpStatus.CREATED)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.hasHeader("Location", DECISIONS + "/d-123");
		assertThat(result).bodyJson().extractingPath("$.decisionId").isEqualTo("d-123");
		assertThat(result).bodyJson().extractingPath("$.asOf").isEqualTo("2026-11-23");
		assertThat(result).bodyJson().extractingPath("$.candidates[0].ref").isEqualTo("P-01");
		assertThat(result).bodyJson().extractingPath("$.candidates[0].rank").isEqualTo(1);
		assertThat(result).bodyJson().extractingPath("$.candidates[0].status").isEqualTo("RECOMMENDED");
		assertThat(result).bodyJson().extractingPath("$.candidates[0].findings[0].ruleId").isEqualTo("ENG-S22C-7A");
		assertThat(result).bodyJson().doesNotHavePath("$.candidates[0].findings[0].citation");
		assertThat(result).bodyJson().doesNotHavePath("$.candidates[0].findings[0].weight");
		assertThat(result).bodyJson()
			.extractingPath("$.rules.ENG-S22C-7A.citation")
			.isEqualTo("Children Act 1989 s22C(7)(a)");
		assertThat(result).bodyJson().extractingPath("$.candidates[1].rank").isNull();
		assertThat(result).bodyJson().extractingPath("$.candidates[1].status").isEqualTo("EXCLUDED");
		assertThat(result).bodyJson().extractingPath("$.comparisons[0].decidedBy").isEqualTo("TIER");
		assertThat(result).bodyJson().doesNotHavePath("$.comparisons[0].reason");
		assertThat(result).bodyJson().doesNotHavePath("$.trace");
	}

	@Test
	void writesEverySentenceOutWhenAskedToExplainInFull() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = mvc.post()
			.uri(DECISIONS + "?explain=full")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Requests.VALID)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.CREATED).hasHeader("Location", DECISIONS + "/d-123");
		assertThat(result).bodyJson()
			.extractingPath("$.candidates[0].findings[0].citation")
			.isEqualTo("Children Act 1989 s22C(7)(a)");
		assertThat(result).bodyJson()
			.extractingPath("$.candidates[0].findings[0].explanation")
			.isEqualTo("Tier CONNECTED_PERSON_FOSTER: Connected-person foster parent [Children Act 1989 s22C(7)(a)]");
		assertThat(result).bodyJson().extractingPath("$.candidates[0].findings[0].weight").isNull();
		assertThat(result).bodyJson()
			.extractingPath("$.comparisons[0].reason")
			.isEqualTo("P-01 is in statutory tier CONNECTED_PERSON_FOSTER (ENG-S22C-7A Children Act 1989 s22C(7)(a)),"
					+ " above P-02 in tier OTHER");
		assertThat(result).bodyJson().doesNotHavePath("$.rules");
	}

	@Test
	void refusesAnExplainItDoesNotKnow() {
		MvcTestResult result = mvc.post()
			.uri(DECISIONS + "?explain=short")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Requests.VALID)
			.exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "explain");
	}

	@Test
	void passesTheRequestAsSentWhenAsOfIsGiven() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		post(Requests.VALID);

		DecisionRequest sent = sentRequest();
		assertThat(sent.asOf()).isEqualTo(LocalDate.parse("2026-11-23"));
		assertThat(sent.candidates()).extracting("placementType").containsExactly("U3");
	}

	@Test
	void fillsMissingAsOfWithTodayInLondon() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(Requests.WITHOUT_AS_OF);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		// 23:30 UTC on 29 March 2026 is 00:30 BST on the 30th
		assertThat(sentRequest().asOf()).isEqualTo(LocalDate.parse("2026-03-30"));
	}

	@Test
	void treatsAbsentBooleansAsFalse() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(Requests.WITHOUT_AS_OF);

		assertThat(result).hasStatus(HttpStatus.CREATED);
		DecisionRequest sent = sentRequest();
		assertThat(sent.emergency()).isFalse();
		assertThat(sent.child().uasc()).isFalse();
		assertThat(sent.candidates().get(0).connectedPerson()).isFalse();
	}

	@Test
	void rejectsExplicitNullForBooleanNamingTheField() {
		MvcTestResult result = post(Requests.NULL_BOOLEAN);

		assertProblem(result, HttpStatus.BAD_REQUEST, "child.uasc");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void rejectsUnknownPlacementTypeNamingTheField() {
		MvcTestResult result = post(Requests.VALID.replace("\"U3\"", "\"XX\""));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].placementType");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void refusesTheRetiredExceptedAccommodationFlagPointingAtSetting() {
		MvcTestResult result = post(Requests.VALID.replace("\"prospectiveAdopter\": false,",
				"\"prospectiveAdopter\": false, \"exceptedAccommodation\": true,"));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].exceptedAccommodation");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("setting");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void refusesProviderNotForProfitForAnEnglishAuthorityNamingTheField() {
		MvcTestResult result = post(Requests.VALID.replace("\"prospectiveAdopter\": false,",
				"\"prospectiveAdopter\": false, \"providerNotForProfit\": true,"));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].providerNotForProfit");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("Welsh");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void passesProviderNotForProfitForAWelshAuthority() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(Requests.VALID.replace("E06000047", "W06000015")
			.replace("\"prospectiveAdopter\": false,",
					"\"prospectiveAdopter\": false, \"providerNotForProfit\": false,"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(sentRequest().candidates()).extracting("providerNotForProfit").containsExactly(false);
	}

	@Test
	void acceptsTheRetiredFlagWhenFalseAndPassesTheSetting() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(Requests.VALID.replace("\"prospectiveAdopter\": false,",
				"\"prospectiveAdopter\": false, \"exceptedAccommodation\": false, \"setting\": \"SCHOOL\","));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(sentRequest().candidates()).extracting("setting").containsExactly(Setting.SCHOOL);
	}

	@Test
	void rejectsAnUnknownSettingNamingTheField() {
		MvcTestResult result = post(Requests.VALID.replace("\"prospectiveAdopter\": false,",
				"\"prospectiveAdopter\": false, \"setting\": \"BED_AND_BREAKFAST\","));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].setting");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@ParameterizedTest
	@ValueSource(strings = { "A3", "A4", "A5", "A6", "R5", "T0", "T1", "T2", "T3", "T4" })
	void refusesACodeThatIsNotAPlacementUnderSection22C(String code) {
		MvcTestResult result = post(Requests.VALID.replace("\"U3\"", "\"" + code + "\""));

		assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "candidates[0].placementType");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.startsWith(code)
			.contains("not a placement under Children Act 1989 s22C");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void refusesACodeThatIsNotAPlacementInTheWordsOfWelshLawForAWelshAuthority() {
		MvcTestResult result = post(Requests.VALID.replace("E06000047", "W06000015").replace("\"U3\"", "\"T2\""));

		assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "candidates[0].placementType");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.asString()
			.contains("not a placement under s81 of the Social Services and Well-being (Wales) Act 2014")
			.doesNotContain("Children Act");
	}

	@Test
	void rejectsMalformedJsonAsBadRequest() {
		MvcTestResult result = post(Requests.VALID.replace("\"child\": {", "\"child\": {{"));

		assertProblem(result, HttpStatus.BAD_REQUEST, "$");
	}

	@Test
	void rejectsImpossibleDateNamingTheFieldWithoutEchoingIt() {
		MvcTestResult result = post(Requests.VALID.replace("2013-05-01", "2013-13-01"));

		assertProblem(result, HttpStatus.BAD_REQUEST, "child.dateOfBirth");
		assertThat(result).body().asString().doesNotContain("2013-13-01");
	}

	@Test
	void rejectsUnknownEnumValueNamingTheField() {
		MvcTestResult result = post(Requests.VALID.replace("\"TEMPORARY\"", "\"MAYBE\""));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].carerApproval");
	}

	@Test
	void rejectsWrongTypeNamingTheField() {
		MvcTestResult result = post(Requests.VALID.replace("\"vacancies\": 2", "\"vacancies\": \"two\""));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].vacancies");
	}

	@Test
	void rejectsUnknownPropertyNamingIt() {
		MvcTestResult result = post(Requests.VALID.replace("\"connectedPerson\"", "\"conectedPerson\""));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates[0].conectedPerson");
	}

	@Test
	void rejectsFractionalVacanciesRatherThanTruncatingThem() {
		MvcTestResult result = refused(Requests.VALID.replace("\"vacancies\": 2", "\"vacancies\": 0.9"),
				"candidates[0].vacancies", "0.9");

		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("whole number");
	}

	@Test
	void rejectsANumberForATrueOrFalseField() {
		refused(Requests.VALID.replace("\"meetsAssessedNeeds\": true", "\"meetsAssessedNeeds\": 0"),
				"candidates[0].meetsAssessedNeeds", null);
	}

	@Test
	void rejectsOneForEmergency() {
		MvcTestResult result = refused(Requests.VALID.replace("\"emergency\": false", "\"emergency\": 1"), "emergency",
				null);

		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("true or false");
	}

	@Test
	void rejectsTheStringTrueForEmergency() {
		refused(Requests.VALID.replace("\"emergency\": false", "\"emergency\": \"true\""), "emergency", null);
	}

	@Test
	void rejectsAStringForANumber() {
		refused(Requests.VALID.replace("\"vacancies\": 2", "\"vacancies\": \"5\""), "candidates[0].vacancies", null);
	}

	@Test
	void rejectsADateWithATimePart() {
		MvcTestResult result = refused(Requests.VALID.replace("\"2026-11-23\"", "\"2026-11-23T00:00:00\""), "asOf",
				"T00:00");

		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("yyyy-mm-dd");
	}

	@Test
	void rejectsADateWithALeadingSpace() {
		refused(Requests.VALID.replace("\"2013-05-01\"", "\" 2013-05-01\""), "child.dateOfBirth", "2013-05-01");
	}

	@Test
	void rejectsAKeyGivenTwiceRatherThanTakingTheLast() {
		MvcTestResult result = refused(Requests.VALID.replace("\"asOf\": \"2026-11-23\",",
				"\"asOf\": \"2026-11-23\", \"asOf\": \"2026-06-01\","), "asOf", "2026-06-01");

		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("more than once");
	}

	@Test
	void rejectsAKeyGivenTwiceInsideACandidateNamingIt() {
		refused(Requests.VALID.replace("\"vacancies\": 2,", "\"vacancies\": 2, \"vacancies\": 0,"),
				"candidates[0].vacancies", null);
	}

	@Test
	void rejectsACostTooLargeToBeAFiniteNumber() {
		MvcTestResult result = refused(Requests.VALID.replace("\"weeklyCost\": 420.00", "\"weeklyCost\": 1e309"),
				"candidates[0].weeklyCost", "309");

		assertThat(result).bodyJson().extractingPath("$.errors[0].message").asString().contains("finite");
	}

	@Test
	void rejectsAWholeNumberTooLargeForItsFieldNamingIt() {
		refused(Requests.VALID.replace("\"vacancies\": 2", "\"vacancies\": 99999999999"), "candidates[0].vacancies",
				"99999999999");
	}

	@Test
	void rejectsADistanceSentByTheCallerNamingIt() {
		MvcTestResult result = refused(withCandidateField("\"distanceMiles\": 0.5"), "candidates[0].distanceMiles",
				"0.5");

		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("is derived by the service from the postcodes; it cannot be sent");
	}

	@Test
	void rejectsALocationSentByTheCallerNamingIt() {
		refused(withCandidateField("\"location\": \"IN\""), "candidates[0].location", null);
	}

	@Test
	void rejectsAnAuthorityOrAtDistanceSentByTheCaller() {
		refused(withCandidateField("\"localAuthority\": \"E06000047\""), "candidates[0].localAuthority", null);
		refused(withCandidateField("\"atDistance\": false"), "candidates[0].atDistance", null);
	}

	@Test
	void acceptsDerivedValuesSentAsNullAsTheDecisionLogStoresThem() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(withCandidateField(
				"\"distanceMiles\": null, \"localAuthority\": null, \"location\": null, \"atDistance\": null"));

		assertThat(result).hasStatus(HttpStatus.CREATED);
		assertThat(sentRequest().candidates().get(0).distanceMiles()).isNull();
	}

	@Test
	void rejectsMoreThanFiveThousandCandidates() {
		String candidates = String.join(",", Collections.nCopies(5001, Requests.CANDIDATE));

		MvcTestResult result = post(Requests.MANY_CANDIDATES.formatted(candidates));

		assertProblem(result, HttpStatus.BAD_REQUEST, "candidates");
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void refusesABodyOverTheSizeLimitBeforeReadingIt() {
		String threeMegabytes = Requests.VALID.replaceFirst("\\{", "{" + " ".repeat(3 * 1024 * 1024));

		MvcTestResult result = post(threeMegabytes);

		assertProblem(result, HttpStatus.CONTENT_TOO_LARGE, null);
		assertThat(result).bodyJson().extractingPath("$.errors").asArray().isEmpty();
		assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("2097152 bytes");
		then(decider).should(never()).decideAndRecord(any(), any());
	}

	@Test
	void rejectsAStringLongerThanItsFieldAllowsNamingIt() {
		refused(Requests.VALID.replace("\"siblingsInCare\": [\"CH-0002\"]",
				"\"siblingsInCare\": [\"" + "A".repeat(10_000) + "\"]"), "child.siblingsInCare[0]", "AAAAAAAAAA");
	}

	@Test
	void refusesTheFieldsNoRuleReadsNamingEach() {
		refused(Requests.VALID.replace("\"needs\": []", "\"needs\": [\"ASD\"]"), "child.needs", "ASD");
		refused(Requests.VALID.replace("\"uasc\": false", "\"uasc\": true"), "child.uasc", null);
		refused(Requests.VALID.replace("\"school\": { \"keyStage4\"",
				"\"school\": { \"postcode\": \"DH1 4\", \"keyStage4\""), "child.school.postcode", "DH1 4");
		refused(Requests.VALID.replace("\"meetsNeeds\": []", "\"meetsNeeds\": [\"ASD\"]"), "candidates[0].meetsNeeds",
				"ASD");
	}

	@Test
	void rejectsAListLongerThanItsFieldAllowsNamingIt() {
		String siblings = String.join(", ", Collections.nCopies(101, "\"CH-0002\""));

		refused(Requests.VALID.replace("\"siblingsInCare\": [\"CH-0002\"]", "\"siblingsInCare\": [" + siblings + "]"),
				"child.siblingsInCare", null);
	}

	@Test
	void rejectsALongCodeWithoutEchoingIt() {
		refused(Requests.VALID.replace("\"U3\"", "\"" + "U3".repeat(5_000) + "\""), "candidates[0].placementType",
				"U3U3U3");
	}

	@Test
	void reportsUndecidableRequestAsUnprocessableWithItsErrors() {
		given(decider.decideAndRecord(any(), any(), any())).willThrow(new InvalidRequestException(List
			.of(new FieldError("candidates[0].postcode", "unknown postcode: not in the ONS postcode directory"))));

		MvcTestResult result = post(Requests.VALID);

		assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "candidates[0].postcode");
		assertThat(result).bodyJson()
			.extractingPath("$.errors[0].message")
			.isEqualTo("unknown postcode: not in the ONS postcode directory");
	}

	@Test
	void answersServiceUnavailableWhenTheDecisionLogIsDown() {
		given(decider.decideAndRecord(any(), any(), any()))
			.willThrow(new DecisionLogUnavailableException("connection refused", new RuntimeException()));

		MvcTestResult result = mvc.post()
			.uri("/api/v1/placement-decisions")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Requests.VALID)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(result).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).headers().hasValue("Retry-After", "30");
	}

	@Test
	void passesTheIdempotencyKeyWithTheCallingSystemToTheDecider() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult quoted = post(Requests.VALID, "Idempotency-Key", "\"8e03978e-40d5-43e8-bc93-6894a57f9324\"");
		MvcTestResult bare = post(Requests.VALID, "Idempotency-Key", "retry:42/x~");

		assertThat(quoted).hasStatus(HttpStatus.CREATED).hasHeader("Location", DECISIONS + "/d-123");
		assertThat(bare).hasStatus(HttpStatus.CREATED);
		then(decider).should()
			.decideAndRecord(any(), eq("broker-a"),
					eq(Optional.of(new IdempotencyKey("8e03978e-40d5-43e8-bc93-6894a57f9324"))));
		then(decider).should()
			.decideAndRecord(any(), eq("broker-a"), eq(Optional.of(new IdempotencyKey("retry:42/x~"))));
	}

	@Test
	void decidesWithoutAKeyWhenNoneIsSent() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		post(Requests.VALID);

		then(decider).should().decideAndRecord(any(), any(), eq(Optional.empty()));
	}

	@ParameterizedTest
	@ValueSource(strings = { "two words", "\"two words\"", "\"unterminated", "\"k\";expires=1", "\"a\\qb\"", "\"\"",
			"\"caf\u00e9\"", "a,b" })
	void rejectsAMalformedIdempotencyKeyNamingTheHeaderWithoutEchoingIt(String key) {
		MvcTestResult result = post(Requests.VALID, "Idempotency-Key", key);

		assertProblem(result, HttpStatus.BAD_REQUEST, "Idempotency-Key");
		assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("A request header is malformed");
		assertThat(result).bodyJson().extractingPath("$.errors[0].message").isEqualTo(IdempotencyKeyHeader.EXPECTED);
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void rejectsAnIdempotencyKeyLongerThan255Characters() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult longest = post(Requests.VALID, "Idempotency-Key", "\"" + "k".repeat(255) + "\"");
		MvcTestResult tooLong = post(Requests.VALID, "Idempotency-Key", "\"" + "k".repeat(256) + "\"");

		assertThat(longest).hasStatus(HttpStatus.CREATED);
		assertProblem(tooLong, HttpStatus.BAD_REQUEST, "Idempotency-Key");
	}

	@Test
	void rejectsTwoIdempotencyKeyFields() {
		MvcTestResult result = mvc.post()
			.uri(DECISIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "\"first\"", "\"second\"")
			.content(Requests.VALID)
			.exchange();

		assertProblem(result, HttpStatus.BAD_REQUEST, "Idempotency-Key");
	}

	@Test
	void answersAnIdempotencyKeyReusedForAnotherRequestAsUnprocessable() {
		given(decider.decideAndRecord(any(), any(), any())).willThrow(new IdempotencyKeyReusedException());

		MvcTestResult result = post(Requests.VALID, "Idempotency-Key", "\"k-1\"");

		assertProblem(result, HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency-Key");
	}

	@Test
	void answersAnIdempotencyKeyStillInFlightAsConflict() {
		given(decider.decideAndRecord(any(), any(), any())).willThrow(new IdempotencyKeyInFlightException());

		MvcTestResult result = post(Requests.VALID, "Idempotency-Key", "\"k-1\"");

		assertProblem(result, HttpStatus.CONFLICT, "Idempotency-Key");
	}

	@Test
	void hidesUnexpectedFailuresAndDoesNotLogTheBody(CapturedOutput output) {
		given(decider.decideAndRecord(any(), any(), any()))
			.willThrow(new IllegalStateException("engine broke on CH-0001"));

		MvcTestResult result = post(Requests.VALID);

		assertProblem(result, HttpStatus.INTERNAL_SERVER_ERROR, null);
		assertThat(result).body().asString().doesNotContain("CH-0001").doesNotContain("IllegalStateException");
		assertThat(output).contains("Unexpected failure handling POST " + DECISIONS).doesNotContain("DH1 3HP");
	}

	@Test
	void rejectsWrongMediaType() {
		MvcTestResult result = mvc.post().uri(DECISIONS).contentType(MediaType.TEXT_PLAIN).content("hello").exchange();

		assertProblem(result, HttpStatus.UNSUPPORTED_MEDIA_TYPE, null);
	}

	/**
	 * Access is denied by default: a method or path no rule opens is refused before it is
	 * looked up.
	 */
	@Test
	void refusesAMethodOrPathNoAccessRuleOpens() {
		MvcTestResult put = mvc.put().uri(DECISIONS).contentType(MediaType.APPLICATION_JSON).content("{}").exchange();
		MvcTestResult unknown = mvc.get().uri("/api/v1/no-such-thing").exchange();

		assertProblem(put, HttpStatus.FORBIDDEN, null);
		assertProblem(unknown, HttpStatus.FORBIDDEN, null);
	}

	@Test
	void refusesARequestWithoutACredentialOrWithABadOne() {
		MvcTestResult none = mvc.post()
			.uri(DECISIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.header("Authorization", "")
			.content(Requests.VALID)
			.exchange();
		MvcTestResult wrong = post(Requests.VALID, "Authorization", TestClients.bearer("not-a-key"));
		MvcTestResult basic = post(Requests.VALID, "Authorization", "Basic YnJva2VyLWE6eA==");

		for (MvcTestResult result : List.of(none, wrong, basic)) {
			assertProblem(result, HttpStatus.UNAUTHORIZED, null);
			assertThat(result).headers().containsHeader("WWW-Authenticate");
			assertThat(result.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");
		}
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

	@Test
	void logsRefusedCredentialsAndDeniedAccessWithoutTheKey(CapturedOutput output) {
		post(Requests.VALID, "Authorization", TestClients.bearer("not-a-key-4711"));
		post(Requests.VALID, "Authorization", TestClients.bearer(TestClients.POLICY_ONLY));

		assertThat(output).contains("Authentication refused for POST " + DECISIONS)
			.contains("Access denied to client policy-only for POST " + DECISIONS)
			.doesNotContain("not-a-key-4711")
			.doesNotContain(TestClients.POLICY_ONLY);
	}

	@Test
	void recordsTheClientIdAsTheCallerWhateverAHeaderClaims() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());

		MvcTestResult result = post(Requests.VALID, "X-Calling-System", "someone-else");

		assertThat(result).hasStatus(HttpStatus.CREATED);
		then(decider).should().decideAndRecord(any(), eq("broker-a"), eq(Optional.empty()));
	}

	@Test
	void decidesOnlyForTheClientsOwnAuthorities() {
		given(decider.decideAndRecord(any(), any(), any())).willReturn(recorded());
		String sunderland = Requests.VALID.replace("\"responsibleAuthority\": \"E06000047\"",
				"\"responsibleAuthority\": \"E08000024\"");

		MvcTestResult durham = post(Requests.VALID, "Authorization", TestClients.bearer(TestClients.DURHAM_DECIDER));
		MvcTestResult elsewhere = post(sunderland, "Authorization", TestClients.bearer(TestClients.DURHAM_DECIDER));
		MvcTestResult auditor = post(Requests.VALID, "Authorization", TestClients.bearer(TestClients.DURHAM_AUDITOR));

		assertThat(durham).hasStatus(HttpStatus.CREATED);
		assertProblem(elsewhere, HttpStatus.FORBIDDEN, null);
		assertProblem(auditor, HttpStatus.FORBIDDEN, null);
		then(decider).should().decideAndRecord(any(), eq("durham-decider"), any());
		then(decider).should(never()).decideAndRecord(any(), eq("durham-auditor"), any());
	}

	/**
	 * The valid request with {@code field} (JSON: {@code "name": value}) added to its
	 * candidate.
	 */
	private static String withCandidateField(String field) {
		return Requests.VALID.replace("\"weeklyCost\": 420.00", "\"weeklyCost\": 420.00, " + field);
	}

	/**
	 * A body that must be refused as it is read: 400 naming {@code field}, nothing
	 * decided, and {@code value} (when given) not echoed back.
	 */
	private MvcTestResult refused(String body, String field, String value) {
		MvcTestResult result = post(body);

		assertProblem(result, HttpStatus.BAD_REQUEST, field);
		assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo(field);
		if (value != null) {
			assertThat(result).body().asString().doesNotContain(value);
		}
		then(decider).should(never()).decideAndRecord(any(), any());
		return result;
	}

	private MvcTestResult post(String body) {
		return mvc.post().uri(DECISIONS).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
	}

	private MvcTestResult post(String body, String header, String value) {
		return mvc.post()
			.uri(DECISIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.header(header, value)
			.content(body)
			.exchange();
	}

	private DecisionRequest sentRequest() {
		ArgumentCaptor<DecisionRequest> sent = ArgumentCaptor.forClass(DecisionRequest.class);
		then(decider).should().decideAndRecord(sent.capture(), any(), any());
		return sent.getValue();
	}

	/**
	 * A problem+json response with the given status, naming {@code field} when one is
	 * expected.
	 */
	private static void assertProblem(MvcTestResult result, HttpStatus status, String field) {
		assertThat(result).hasStatus(status).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo(status.value());
		assertThat(result).bodyJson().hasPath("$.errors").doesNotHavePath("$.trace");
		assertThat(result).body().asString().doesNotContain("Exception").doesNotContain("\tat ");
		if (field != null) {
			assertThat(result).bodyJson().extractingPath("$.errors[*].field").asArray().contains(field);
		}
	}

	/** The decision with its response as the log records it. */
	static RecordedDecision recorded() {
		return new RecordedDecision(decision(),
				StrictJson.mapper().writeValueAsString(decision()).getBytes(StandardCharsets.UTF_8));
	}

	static Decision decision() {
		Finding tier = new Finding("ENG-S22C-7A", Effect.TIER, null);
		Finding bar = new Finding("ENG-CPR-R27A", Effect.EXCLUDE, null);
		RankedCandidate first = new RankedCandidate("P-01", 1, Status.RECOMMENDED, Tier.CONNECTED_PERSON_FOSTER, 45,
				new BigDecimal("3.2"), "E06000047", Location.IN, false, List.of(tier), List.of(), List.of());
		RankedCandidate excluded = new RankedCandidate("P-02", null, Status.EXCLUDED, Tier.OTHER, 0, null, null, null,
				null, List.of(bar), List.of(), List.of());
		Comparison comparison = new Comparison("P-01", "P-02", DecidedBy.TIER, List.of("ENG-S22C-7A"));
		Map<String, RuleSummary> rules = Map.of("ENG-S22C-7A", new RuleSummary("Connected-person foster parent",
				"Children Act 1989 s22C(7)(a)", Effect.TIER, null, "england", Tier.CONNECTED_PERSON_FOSTER),
				"ENG-CPR-R27A",
				new RuleSummary("Under-16s not in other arrangements",
						"Care Planning, Placement and Case Review (England) Regulations 2010 reg 27A", Effect.EXCLUDE,
						null, "england", null));
		return new Decision("d-123", "sha256:abc", LocalDate.parse("2026-11-23"), "E06000047", List.of(first, excluded),
				List.of(comparison), List.of(), Ranking.Method.STATUTORY_FIRST, List.of(), List.of(), rules);
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class FixedClock {

		@Bean
		@Primary
		Clock fixedClock() {
			return Clock.fixed(Instant.parse("2026-03-29T23:30:00Z"), ZoneOffset.UTC);
		}

	}

}
