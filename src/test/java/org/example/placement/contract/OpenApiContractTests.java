package org.example.placement.contract;

import java.io.IOException;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.example.placement.contract.Contract.Operation;
import org.example.placement.decision.Approver;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Codes;
import org.example.placement.decision.Comparison;
import org.example.placement.decision.Effect;
import org.example.placement.decision.Location;
import org.example.placement.decision.NeedGroup;
import org.example.placement.decision.OfstedRating;
import org.example.placement.decision.RankedCandidate;
import org.example.placement.decision.Ranking;
import org.example.placement.decision.ReasonCode;
import org.example.placement.decision.Setting;
import org.example.placement.decision.Tier;
import org.example.placement.ledger.AccessLog;
import org.example.placement.support.AssessmentForm;
import org.example.placement.support.TestClients;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI contract against what the service does. The document is written first and
 * served as written; these tests check that it is what {@code /v3/api-docs} serves, that
 * it describes exactly the controllers' operations and parameters, that its examples are
 * a real journey and the service's real answer to it, and, last in the suite (class
 * order, {@code junit-platform.properties}), that every (operation, status) it documents
 * was provoked by some test and every status a test provoked is documented
 * ({@link RecordedResponses} records every response of every in-JVM test). Run alone it
 * sees only its own responses; run with the suite ({@code ./mvnw verify}) it sees all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(locations = TestClients.PROPERTIES)
@Order(Integer.MAX_VALUE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenApiContractTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final Path EXAMPLE_JOURNEY = Path
		.of("test-scenarios/journeys/durham-child-parent-then-connected-person-then-unrelated.yaml");

	static final String DECISIONS = "/api/v1/placement-decisions";

	static final HttpClient HTTP = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ObjectProvider<BuildProperties> build;

	@Test
	@Order(1)
	void servesTheContractAsWrittenWithTheBuildVersion() throws Exception {
		ObjectNode served = (ObjectNode) JSON.readTree(send("GET", "/v3/api-docs", null, null).body());
		ObjectNode written = (ObjectNode) Contract.read();

		BuildProperties properties = build.getIfAvailable();
		if (properties != null) {
			assertThat(served.at("/info/version").asString()).isEqualTo(properties.getVersion());
		}
		assertThat(served.at("/components/securitySchemes/oauth2/flows/clientCredentials/tokenUrl").asString())
			.isEqualTo("/oauth2/token");
		for (ObjectNode document : List.of(served, written)) {
			document.remove(List.of("openapi", "servers"));
			((ObjectNode) document.get("info")).remove("version");
		}
		assertThat(Contract.differences(served, written, "")).as("served <> written").isEmpty();
	}

	@Test
	@Order(2)
	void documentsExactlyTheControllersOperationsAndTheirParameters() {
		JsonNode contract = Contract.read();
		Map<String, HandlerMethod> handled = new TreeMap<>();
		mappings.getHandlerMethods()
			.forEach((info, method) -> operationsOf(info).forEach(op -> handled.put(op, method)));

		assertThat(Contract.operations(contract)).extracting(Operation::toString)
			.containsExactlyInAnyOrderElementsOf(handled.keySet());
		for (Operation operation : Contract.operations(contract)) {
			JsonNode documented = Contract.operation(contract, operation);
			Set<String> parameters = new TreeSet<>();
			documented.path("parameters")
				.forEach(p -> parameters.add(
						resolve(contract, p).get("in").asString() + " " + resolve(contract, p).get("name").asString()));
			assertThat(parameters).as(operation + " parameters")
				.isEqualTo(parametersOf(handled.get(operation.toString())));
		}
	}

	@Test
	@Order(3)
	void theRequestExampleIsTheJourneysRequest() {
		JsonNode journey = Contract.YAML.readTree(EXAMPLE_JOURNEY.toFile());

		assertThat(Contract.example(Contract.read(), "DecisionRequest")).isEqualTo(journey.get("given"));
	}

	@Test
	@Order(4)
	void theResponseExamplesAreTheServicesAnswers() throws Exception {
		JsonNode contract = Contract.read();
		ObjectNode request = (ObjectNode) Contract.example(contract, "DecisionRequest");

		HttpResponse<String> decided = send("POST", DECISIONS, request.toString(), TestClients.BROKER_A);
		assertThat(decided.statusCode()).isEqualTo(201);
		assertSameAnswer("Decision", decided, "decisionId", "rulesetVersion");
		HttpResponse<String> explained = send("POST", DECISIONS + "?explain=full", request.toString(),
				TestClients.BROKER_A);
		assertThat(explained.statusCode()).isEqualTo(201);
		assertSameAnswer("DecisionExplained", explained, "decisionId", "rulesetVersion");
		HttpResponse<String> invalid = send("POST", DECISIONS, withPlacementType(request, "X9"), TestClients.BROKER_A);
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertSameAnswer("InvalidRequestProblem", invalid, "correlationId");
		HttpResponse<String> notAPlacement = send("POST", DECISIONS, withPlacementType(request, "T1"),
				TestClients.BROKER_A);
		assertThat(notAPlacement.statusCode()).isEqualTo(422);
		assertSameAnswer("NotAPlacementProblem", notAPlacement, "correlationId");
	}

	/** Every enum and SSDA903 code list as the code has it, value for value. */
	@Test
	@Order(5)
	void documentsEveryEnumAndCodeListAsTheCodeHasIt() {
		JsonNode schemas = Contract.read().get("components").get("schemas");
		Map<String, List<String>> expected = new TreeMap<>();
		expected.put("/LegalStatus", Codes.codes(Codes.LEGAL_STATUS));
		expected.put("/PlacementType", Codes.codes(Codes.PLACEMENT_TYPE));
		expected.put("/Provider", Codes.codes(Codes.PROVIDER));
		expected.put("/CarerApproval", names(CarerApproval.class));
		expected.put("/OfstedRating", names(OfstedRating.class));
		expected.put("/Setting", names(Setting.class));
		expected.put("/Effect", names(Effect.class));
		expected.put("/Tier", names(Tier.class));
		expected.put("/Approver", names(Approver.class));
		expected.put("/TemporaryApproval/properties/under", names(Candidate.TemporaryApproval.Regulation.class));
		expected.put("/Decision/properties/rankingMethod", names(Ranking.Method.class));
		expected.put("/RankedCandidate/properties/status", names(RankedCandidate.Status.class));
		expected.put("/RankedCandidate/properties/location", names(Location.class));
		expected.put("/Candidate/properties/location", names(Location.class));
		expected.put("/Comparison/properties/decidedBy", names(Comparison.DecidedBy.class));
		expected.put("/Access/properties/kind", names(AccessLog.Kind.class));
		expected.put("/ReasonCode", names(ReasonCode.class));
		expected.forEach((at, values) -> {
			List<String> documented = new ArrayList<>();
			schemas.at(at).get("enum").forEach(value -> documented.add(value.asString()));
			assertThat(documented).as(at).containsExactlyInAnyOrderElementsOf(values);
		});
		// the need groups are the keys of a map, each named in its description
		assertThat(schemas.at("/NeedGroupCounts/description").asString()).contains(names(NeedGroup.class));
		assertThat(schemas.at("/NeedGroupCounts/example").propertyNames())
			.containsExactlyInAnyOrderElementsOf(names(NeedGroup.class));
	}

	private static List<String> names(Class<? extends Enum<?>> type) {
		return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
	}

	/**
	 * Statuses the contract documents that no other test needs: each is a line of
	 * security or paging already tested elsewhere for a neighbouring operation.
	 */
	@Test
	@Order(6)
	void answersTheDocumentedRefusalsOfEachOperation() throws Exception {
		String replay = DECISIONS + "/no-such-decision/replay";
		assertThat(send("POST", replay, null, null).statusCode()).isEqualTo(401);
		assertThat(send("POST", replay, null, TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
		assertThat(send("GET", "/api/v1/rulesets/current", null, TestClients.DURHAM_DECIDER).statusCode())
			.isEqualTo(403);
		assertThat(send("GET", "/api/v1/access-log", null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/v1/access-log?size=0", null, TestClients.BROKER_A).statusCode()).isEqualTo(400);
		String assessment = "/api/v1/sufficiency-assessments/no-such-assessment/replay";
		assertThat(send("POST", assessment, null, null).statusCode()).isEqualTo(401);
		assertThat(send("POST", assessment, null, TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
		assertThat(send("POST", assessment, null, TestClients.BROKER_A).statusCode()).isEqualTo(404);
		String recorded = "/api/v1/sufficiency-assessments/no-such-assessment";
		assertThat(send("GET", recorded, null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", recorded, null, TestClients.DURHAM_DECIDER).statusCode()).isEqualTo(403);
		assertThat(send("GET", recorded, null, TestClients.BROKER_A).statusCode()).isEqualTo(404);
	}

	/**
	 * The sufficiency answers are what their schemas say, field by field: the report as
	 * the assessment answers it and as it is read back, and the unmet-need report; and a
	 * report with a field the schema does not know, or a count that is not one, fails.
	 */
	@Test
	@Order(7)
	void theSufficiencyAnswersAreValidAgainstTheirSchemas() throws Exception {
		AssessmentForm form = AssessmentForm.of("E06000047", "2025-03-31", AssessmentForm.files());
		HttpResponse<String> created = HTTP
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sufficiency-assessments"))
				.header("Content-Type", form.contentType())
				.header("Authorization", TestClients.bearer(TestClients.DURHAM_AUDITOR))
				.POST(HttpRequest.BodyPublishers.ofByteArray(form.body()))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		ObjectNode report = (ObjectNode) JSON.readTree(created.body());
		HttpResponse<String> read = send("GET", created.headers().firstValue("Location").orElseThrow(), null,
				TestClients.DURHAM_AUDITOR);
		HttpResponse<String> unmet = send("GET",
				"/api/v1/sufficiency/unmet-need?authority=E06000047&from=2024-04-01&to=2026-03-31", null,
				TestClients.DURHAM_AUDITOR);

		assertThat(report.get("unmetNeedFromDecisions").get("included").asBoolean()).isTrue();
		assertThat(ContractSchemas.errors("SufficiencyReport", report)).isEmpty();
		assertThat(ContractSchemas.errors("SufficiencyReport", JSON.readTree(read.body()))).isEmpty();
		assertThat(ContractSchemas.errors("UnmetNeed", JSON.readTree(unmet.body()))).isEmpty();
		ObjectNode unknownField = report.deepCopy();
		unknownField.put("surprise", 1);
		ObjectNode notACount = report.deepCopy();
		((ObjectNode) notACount.get("measures")).put("lookedAfterAtYearEnd", "nine");
		assertThat(ContractSchemas.errors("SufficiencyReport", unknownField)).singleElement()
			.asString()
			.contains("surprise");
		assertThat(ContractSchemas.errors("SufficiencyReport", notACount)).singleElement()
			.asString()
			.contains("lookedAfterAtYearEnd");
	}

	/**
	 * An outcome recorded on the example decision, read back, and the overrides report:
	 * each answer what its schema says; and the refusals no other test needs.
	 */
	@Test
	@Order(8)
	void theOutcomeAnswersAreValidAgainstTheirSchemas() throws Exception {
		JsonNode contract = Contract.read();
		HttpResponse<String> decided = send("POST", DECISIONS, Contract.example(contract, "DecisionRequest").toString(),
				TestClients.BROKER_A);
		String outcome = DECISIONS + "/" + JSON.readTree(decided.body()).get("decisionId").asString() + "/outcome";
		String body = Contract
			.operation(contract, new Operation("POST", "/api/v1/placement-decisions/{decisionId}/outcome"))
			.at("/requestBody/content/application~1json/example")
			.toString()
			.replace("2026-11-30", LocalDate.now(ZoneId.of("Europe/London")).toString());

		HttpResponse<String> recorded = send("POST", outcome, body, TestClients.BROKER_A);
		HttpResponse<String> read = send("GET", outcome, null, TestClients.DURHAM_AUDITOR);
		HttpResponse<String> report = send("GET", "/api/v1/overrides?authority=E06000047", null,
				TestClients.DURHAM_AUDITOR);

		assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
		assertThat(ContractSchemas.errors("Outcome", JSON.readTree(recorded.body()))).isEmpty();
		assertThat(ContractSchemas.errors("OutcomeHistory", JSON.readTree(read.body()))).isEmpty();
		assertThat(ContractSchemas.errors("OverrideReport", JSON.readTree(report.body()))).isEmpty();
		assertThat(JSON.readTree(report.body()).get("overrides").asLong()).isPositive();
		assertThat(send("POST", outcome, body, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", outcome, null, null).statusCode()).isEqualTo(401);
		assertThat(send("GET", "/api/v1/overrides", null, null).statusCode()).isEqualTo(401);
	}

	@Test
	@Order(Integer.MAX_VALUE)
	void everyDocumentedStatusWasProducedAndEveryProducedStatusIsDocumented() {
		JsonNode contract = Contract.read();
		List<Operation> operations = Contract.operations(contract);
		Set<String> produced = new TreeSet<>();
		Set<String> undocumentedTypes = new TreeSet<>();
		for (RecordedResponses.Response response : RecordedResponses.all()) {
			Contract.operationOf(operations, response.method(), response.path()).ifPresent(operation -> {
				String status = String.valueOf(response.status());
				produced.add(operation + " " + status);
				JsonNode documented = resolve(contract,
						Contract.operation(contract, operation).path("responses").path(status));
				if (documented.has("content") && !documented.get("content").has(response.mediaType())) {
					undocumentedTypes.add(operation + " " + status + " " + response.mediaType());
				}
			});
		}
		Set<String> documented = Contract.documentedStatuses(contract);

		assertThat(produced).as("statuses produced by the tests but not documented").isSubsetOf(documented);
		assertThat(documented).as("statuses documented but produced by no test").isSubsetOf(produced);
		assertThat(undocumentedTypes).as("media types answered but not documented for that status").isEmpty();
	}

	/**
	 * The service's answer is the named example, but for values that vary from call to
	 * call; with {@code -Dopenapi.examples.write=true} the answer is written into the
	 * contract instead.
	 */
	private static void assertSameAnswer(String example, HttpResponse<String> response, String... varying)
			throws IOException {
		ObjectNode answer = (ObjectNode) JSON.readTree(response.body());
		if (Boolean.getBoolean("openapi.examples.write")) {
			Contract.writeExample(example, answer);
		}
		ObjectNode expected = ((ObjectNode) Contract.example(Contract.read(), example)).deepCopy();
		answer.remove(List.of(varying));
		expected.remove(List.of(varying));
		assertThat(Contract.differences(answer, expected, ""))
			.as("the service's answer <> example %s (./mvnw test -Dtest=OpenApiContractTests -Dopenapi.examples.write=true writes it)",
					example)
			.isEmpty();
	}

	private static String withPlacementType(ObjectNode request, String code) {
		ObjectNode changed = request.deepCopy();
		((ObjectNode) changed.get("candidates").get(0)).put("placementType", code);
		return changed.toString();
	}

	private static JsonNode resolve(JsonNode contract, JsonNode node) {
		if (!node.has("$ref")) {
			return node;
		}
		return contract.at(node.get("$ref").asString().substring(1));
	}

	private static Set<String> operationsOf(RequestMappingInfo info) {
		return info.getPatternValues()
			.stream()
			.filter(pattern -> pattern.startsWith("/api/"))
			.flatMap(pattern -> info.getMethodsCondition().getMethods().stream().map(m -> m.name() + " " + pattern))
			.collect(Collectors.toSet());
	}

	/** The parameters a handler method reads, as "in name" (query, header, path). */
	private static Set<String> parametersOf(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (Parameter parameter : method.getMethod().getParameters()) {
			RequestParam query = parameter.getAnnotation(RequestParam.class);
			RequestHeader header = parameter.getAnnotation(RequestHeader.class);
			PathVariable path = parameter.getAnnotation(PathVariable.class);
			if (query != null) {
				names.add("query " + (query.name().isEmpty() ? parameter.getName() : query.name()));
			}
			if (header != null) {
				names.add("header " + header.name());
			}
			if (path != null) {
				names.add("path " + (path.name().isEmpty() ? parameter.getName() : path.name()));
			}
		}
		return names;
	}

	private HttpResponse<String> send(String method, String path, String body, String key) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method,
					body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json");
		if (key != null) {
			request.header("Authorization", TestClients.bearer(key));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
