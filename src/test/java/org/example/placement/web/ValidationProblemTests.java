package org.example.placement.web;

import java.nio.charset.StandardCharsets;

import org.example.placement.decision.RecordingDecider;
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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;

/**
 * The whole problem document of a request that breaks many constraints at once, byte for
 * byte: every field's name, every message (the patterns', the SSDA903 lists', the
 * built-in constraints') and their order. Whatever makes validation cheaper must leave it
 * exactly as it is.
 */
@WebMvcTest(DecisionController.class)
@Import({ WebConfiguration.class, SecurityConfiguration.class, TestClients.AsBrokerA.class,
		DecisionControllerTests.FixedClock.class })
@TestPropertySource(locations = TestClients.PROPERTIES)
class ValidationProblemTests {

	private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";

	private static final String BODY = """
			{
			  "asOf": "2026-11-23",
			  "responsibleAuthority": "E0600004",
			  "child": {
			    "ref": "CH 0001",
			    "dateOfBirth": "2013-05-01",
			    "legalStatus": "ZZ",
			    "homePostcode": "",
			    "siblingsInCare": ["CH-0002", "no good", ""],
			    "secureHoursLast28Days": 700
			  },
			  "candidates": [
			    {
			      "ref": "",
			      "placementType": "Q9{x}",
			      "provider": "PRX",
			      "postcode": "DH7 8AAAAAA",
			      "approvalTerms": { "minAge": -1, "maxAge": 17, "maxChildren": -3 },
			      "temporaryApproval": { "under": "REG_24", "extensionWeeks": 0 },
			      "vacancies": -1,
			      "siblingsPlacedHere": ["", "CH-0002"],
			      "weeklyCost": -0.01,
			      "exceptedAccommodation": true,
			      "childrenPlaced": -1
			    },
			    {
			      "ref": "P/02:ok_.-",
			      "placementType": "U3VERYLONGCODE"
			    }
			  ]
			}
			""";

	// one line a problem; each backslash joins it to the next
	private static final String PROBLEM = """
			{"detail":"The request body breaks the API contract","instance":"/api/v1/placement-decisions","status":400,"title":"Bad Request","errors":[\
			{"field":"candidates[0].approvalTerms.maxChildren","message":"must be greater than or equal to 0"},\
			{"field":"candidates[0].approvalTerms.minAge","message":"must be greater than or equal to 0"},\
			{"field":"candidates[0].childrenPlaced","message":"must be greater than or equal to 0"},\
			{"field":"candidates[0].exceptedAccommodation","message":"is no longer read: name the setting of other arrangements in setting instead (CARE_HOME, HOSPITAL, RESIDENTIAL_FAMILY_CENTRE, SCHOOL, HOLIDAY_SCHEME_FOR_DISABLED_CHILDREN, FURTHER_EDUCATION_COLLEGE, SIXTEEN_TO_NINETEEN_ACADEMY, SUPPORTED_ACCOMMODATION or OTHER)"},\
			{"field":"candidates[0].placementType","message":"'Q9?x?' is not an SSDA903 PLACE code; expected one of A3, A4, A5, A6, H5, K1, K2, K3, P1, P2, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1, Z11, Z12, Z13, Z14"},\
			{"field":"candidates[0].postcode","message":"size must be between 0 and 8"},\
			{"field":"candidates[0].provider","message":"'PRX' is not an SSDA903 PLACE_PROVIDER code; expected one of PR0, PR1, PR2, PR3, PR4, PR5"},\
			{"field":"candidates[0].ref","message":"must be a pseudonymous reference (letters, digits, '.', '_', ':', '/', '-')"},\
			{"field":"candidates[0].ref","message":"must not be blank"},\
			{"field":"candidates[0].siblingsPlacedHere[0]","message":"must not be blank"},\
			{"field":"candidates[0].temporaryApproval.extensionWeeks","message":"must be greater than or equal to 1"},\
			{"field":"candidates[0].temporaryApproval.from","message":"must not be null"},\
			{"field":"candidates[0].vacancies","message":"must be greater than or equal to 0"},\
			{"field":"candidates[0].weeklyCost","message":"must be greater than or equal to 0"},\
			{"field":"candidates[1].placementType","message":"is not an SSDA903 PLACE code; expected one of A3, A4, A5, A6, H5, K1, K2, K3, P1, P2, P3, R1, R2, R3, R5, S1, T0, T1, T2, T3, T4, U1, U2, U3, U4, U5, U6, Z1, Z11, Z12, Z13, Z14"},\
			{"field":"candidates[1].placementType","message":"size must be between 0 and 8"},\
			{"field":"child.homePostcode","message":"must not be blank"},\
			{"field":"child.legalStatus","message":"'ZZ' is not an SSDA903 LS code; expected one of C1, C2, D1, E1, J1, J2, J3, L1, L2, L3, V2, V3, V4"},\
			{"field":"child.ref","message":"must be a pseudonymous reference (letters, digits, '.', '_', ':', '/', '-')"},\
			{"field":"child.secureHoursLast28Days","message":"must be less than or equal to 672"},\
			{"field":"child.siblingsInCare[1]","message":"must be a pseudonymous reference (letters, digits, '.', '_', ':', '/', '-')"},\
			{"field":"child.siblingsInCare[2]","message":"must be a pseudonymous reference (letters, digits, '.', '_', ':', '/', '-')"},\
			{"field":"child.siblingsInCare[2]","message":"must not be blank"},\
			{"field":"responsibleAuthority","message":"must be an ONS upper-tier authority code such as E06000047"}],\
			"correlationId":"4bf92f3577b34da6a3ce929d0e0e4736"}""";

	@Autowired
	private MockMvcTester mvc;

	@MockitoBean
	private RecordingDecider decider;

	@Test
	void namesEveryBrokenConstraintInOneProblemAsItAlwaysHas() throws Exception {
		MvcTestResult result = mvc.post()
			.uri(DecisionController.DECISIONS)
			.contentType(MediaType.APPLICATION_JSON)
			.header("traceparent", "00-" + TRACE + "-00f067aa0ba902b7-01")
			.content(BODY)
			.exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).isEqualTo(PROBLEM);
		then(decider).should(never()).decideAndRecord(any(), any(), any());
	}

}
