package org.example.placement.contract;

import java.net.http.HttpClient;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.example.placement.client.ApiClient;
import org.example.placement.client.ApiException;
import org.example.placement.client.api.DecisionLogApi;
import org.example.placement.client.api.DecisionsApi;
import org.example.placement.client.api.RulesApi;
import org.example.placement.client.api.SufficiencyApi;
import org.example.placement.client.model.Candidate;
import org.example.placement.client.model.CarerApproval;
import org.example.placement.client.model.Child;
import org.example.placement.client.model.Decision;
import org.example.placement.client.model.DecisionRequest;
import org.example.placement.client.model.Effect;
import org.example.placement.client.model.Finding;
import org.example.placement.client.model.LegalStatus;
import org.example.placement.client.model.Notification;
import org.example.placement.client.model.PlacementType;
import org.example.placement.client.model.Problem;
import org.example.placement.client.model.Provider;
import org.example.placement.client.model.RankedCandidate;
import org.example.placement.client.model.Tier;
import org.example.placement.client.model.UnmetNeed;
import org.example.placement.client.model.UnmetNeedPeriod;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A calling system's view: the Java client that openapi-generator makes from the contract
 * at build time ({@code target/generated-test-sources/openapi}, never committed) decides,
 * reads back, lists rules and reads the unmet-need report against the running service.
 * The generated client uses Jackson 2 ({@code com.fasterxml}), which swagger-core already
 * brings, beside the service's Jackson 3 ({@code tools.jackson}); its mapper here refuses
 * unknown properties, so every field the service sends must be in the contract's schemas.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
class GeneratedClientTests {

	@LocalServerPort
	int port;

	@Test
	void decidesReadsBackAndListsRulesThroughTheGeneratedClient() throws Exception {
		ApiClient client = client(TestClients.BROKER_A);

		Decision decision = new DecisionsApi(client).decide(journey(), "\"" + UUID.randomUUID() + "\"", null);

		assertThat(decision.getCandidates()).extracting(RankedCandidate::getRef)
			.containsExactly("P-PARENT", "P-CONNECTED", "P-UNRELATED");
		assertThat(decision.getCandidates()).extracting(RankedCandidate::getTier)
			.containsExactly(Tier.PARENT, Tier.CONNECTED_PERSON_FOSTER, Tier.OTHER);
		assertThat(decision.getAsOf()).isEqualTo(LocalDate.parse("2026-11-23"));
		assertThat(decision.getCandidates()).flatExtracting(RankedCandidate::getFindings)
			.extracting(Finding::getRuleId)
			.allSatisfy(id -> assertThat(decision.getRules()).containsKey(id));
		assertThat(decision.getDuties()).extracting(Notification::getRecipient).contains("CARER", "IRO");
		assertThat(new DecisionLogApi(client).getDecision(decision.getDecisionId(), null)).isEqualTo(decision);
		Decision explained = new DecisionLogApi(client).getDecision(decision.getDecisionId(), "full");
		assertThat(explained.getCandidates()).flatExtracting(RankedCandidate::getFindings)
			.allSatisfy(finding -> assertThat(finding.getExplanation()).contains(finding.getCitation()));
		assertThat(explained.getComparisons()).allSatisfy(c -> assertThat(c.getReason()).isNotBlank());
		assertThat(new RulesApi(client).listRules("england", null, Effect.TIER, null)).isNotEmpty()
			.allSatisfy(rule -> assertThat(rule.getEffect()).isEqualTo(Effect.TIER));
		UnmetNeed unmet = new SufficiencyApi(client).unmetNeed("E06000047", LocalDate.parse("2026-10-01"),
				LocalDate.parse("2026-12-31"));
		assertThat(unmet.getQuarters()).extracting(UnmetNeedPeriod::getLabel).containsExactly("2026-27 Q3");
		assertThat(unmet.getTotal().getDecisions()).isPositive();
		assertThat(unmet.getTotal().getByGroup()).containsKeys("TEENAGER", "SIBLING_GROUP");
	}

	@Test
	void readsAProblemFromARefusal() throws Exception {
		ApiClient client = client(TestClients.POLICY_ONLY);

		ApiException refused = catchThrowableOfType(ApiException.class,
				() -> new DecisionsApi(client).decide(journey(), null, null));

		assertThat(refused.getCode()).isEqualTo(403);
		Problem problem = mapper().readValue(refused.getResponseBody(), Problem.class);
		assertThat(problem.getStatus()).isEqualTo(403);
		assertThat(problem.getErrors()).isEmpty();
		assertThat(problem.getCorrelationId()).isNotBlank();
	}

	/** The parent, connected-person and unrelated journey, as a caller builds it. */
	private static DecisionRequest journey() {
		return new DecisionRequest().asOf(LocalDate.parse("2026-11-23"))
			.responsibleAuthority("E06000047")
			.child(new Child().ref("CH-0001")
				.dateOfBirth(LocalDate.parse("2013-05-01"))
				.legalStatus(LegalStatus.C2)
				.homePostcode("DH1 3AA"))
			.candidates(List.of(
					new Candidate().ref("P-UNRELATED")
						.placementType(PlacementType.U6)
						.provider(Provider.PR4)
						.postcode("DH1 5AA")
						.carerApproval(CarerApproval.APPROVED)
						.meetsAssessedNeeds(true),
					new Candidate().ref("P-CONNECTED")
						.placementType(PlacementType.U3)
						.provider(Provider.PR1)
						.postcode("DH8 5")
						.connectedPerson(true)
						.carerApproval(CarerApproval.APPROVED)
						.meetsAssessedNeeds(true),
					new Candidate().ref("P-PARENT")
						.placementType(PlacementType.P1)
						.provider(Provider.PR0)
						.postcode("TS1 1AA")
						.meetsAssessedNeeds(true)));
	}

	private ApiClient client(String key) {
		return new ApiClient(HttpClient.newBuilder(), mapper(), "http://localhost:" + port)
			.setRequestInterceptor(request -> request.header("Authorization", TestClients.bearer(key)));
	}

	private static ObjectMapper mapper() {
		return ApiClient.createDefaultObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

}
