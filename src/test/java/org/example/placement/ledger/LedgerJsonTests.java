package org.example.placement.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.example.placement.benchmark.BenchmarkData;
import org.example.placement.decision.Decision;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Match;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.json.StrictJson;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The log reads a stored request by the API's rules ({@code json.StrictJson}): a record
 * that holds what the API would refuse does not read, while every record the service
 * wrote does.
 */
class LedgerJsonTests {

	/** A request as the log stores it: every field written, the derived ones null. */
	private static final String STORED = """
			{"asOf":"2026-11-23","responsibleAuthority":"E06000047","emergency":false,
			 "child":{"ref":"CH-0001","dateOfBirth":"2013-05-01","legalStatus":"C2","homePostcode":"DH1 3AA","disabled":false,
			  "needs":[],"uasc":false,"siblingsInCare":[],"school":null,"adoptionBeingConsidered":false,"secureCriteriaMet":false,
			  "courtAuthorisedSecure":false,"secureHoursLast28Days":null},
			 "candidates":[{"ref":"P-01","placementType":"U6","provider":"PR4","postcode":"DH1 5AA","connectedPerson":false,
			  "carerApproval":"APPROVED","temporaryApprovalFrom":null,"approvalTerms":null,"registered":null,"ofstedRating":null,
			  "restrictionNotice":false,"vacancies":1,"suitableForDisabled":null,"meetsNeeds":[],"siblingsPlacedHere":[],
			  "meetsAssessedNeeds":true,"prospectiveAdopter":false,"weeklyCost":420.5,"distanceMiles":null,"localAuthority":null,
			  "location":null,"atDistance":null,"disruptsEducation":null,"incompatibleWithContactOrder":false,
			  "exceptedAccommodation":false}]}
			""";

	private final LedgerJson json = new LedgerJson();

	@Test
	void readsARequestAsTheLogStoresIt() {
		DecisionRequest request = json.readRequest(STORED);

		assertThat(request.candidates().get(0).vacancies()).isEqualTo(1);
		assertThat(request.candidates().get(0).distanceMiles()).isNull();
		assertThat(json.readRequest(json.write(request))).isEqualTo(request);
	}

	@Test
	void writesTheFiredRulesAsTheMapperWritesAListOfThem() {
		Decision decision = Decisions.aDecision("D-1", Decisions.aRequestIn(Decisions.DURHAM));
		RuleDefinition rule = decision.trace().get(0).rule();
		List<Match> trace = List.of(decision.trace().get(0), new Match(rule, Match.DECISION),
				new Match(rule, "quote \" backslash \\ tab \t \u00e9 \ud83d\ude00 \u0001 </script>"));

		byte[] fired = json.fired(trace);

		assertThat(new String(fired, StandardCharsets.UTF_8)).isEqualTo(StrictJson.mapper()
			.writeValueAsString(
					trace.stream().map(m -> new LedgerJson.FiredRule(m.rule().id(), m.candidateRef())).toList()));
		assertThat(json.fired(List.of())).asString(StandardCharsets.UTF_8).isEqualTo("[]");
		assertThat(json.fires(new String(fired, StandardCharsets.UTF_8), rule.id())).isTrue();
	}

	@Test
	void writesEachTextStraightToTheBytesItsStringWouldEncodeTo() {
		DecisionRequest request = Decisions.aRequestIn(Decisions.DURHAM);
		Decision decision = Decisions.aDecision("D-1", request);

		LedgerJson.NewRecord written = json.texts(request, decision);
		RecordTexts texts = written.texts();

		assertThat(texts.request()).isEqualTo(json.write(request).getBytes(StandardCharsets.UTF_8));
		assertThat(texts.response()).isEqualTo(json.write(decision).getBytes(StandardCharsets.UTF_8));
		assertThat(texts.fired()).isEqualTo(json.fired(decision.trace()));
		assertThat(written.payload()).isEqualTo(LedgerPayload.compress(texts));
	}

	/**
	 * The texts are written into the frame their payload is compressed from, one record
	 * after another in the same kept frame: each record's payload is its own texts'.
	 */
	@Test
	void compressesEachRecordFromItsOwnTextsOneAfterAnother() {
		for (int seed = 0; seed < 6; seed++) {
			DecisionRequest request = BenchmarkData.request(1 + 7 * seed);
			Decision decision = Decisions.aDecision("D-" + seed, request);

			LedgerJson.NewRecord written = json.texts(request, decision);

			assertThat(written.texts().request()).isEqualTo(json.write(request).getBytes(StandardCharsets.UTF_8));
			assertThat(written.payload()).isEqualTo(LedgerPayload.compress(written.texts()));
		}
	}

	/**
	 * The fired rules' text is written byte by byte when every reference is printable
	 * ASCII needing no escape, else by the generator: the mapper's bytes either way, and
	 * the payload compressed from the frame it was written into.
	 */
	@Test
	void writesTheFiredRulesAsTheMapperDoesWhateverTheReferences() {
		Decision decision = Decisions.aDecision("D-1", Decisions.aRequestIn(Decisions.DURHAM));
		List<RuleDefinition> rules = decision.trace().stream().map(Match::rule).toList();
		String[] pieces = { "FC-1", "a b", "/", "~", "\"", "\\", "\n", "\u0001", "\u007f", "\u00e9", "\ud83d\ude00",
				"\ud800", "" };
		Random random = new Random(5);
		for (int i = 0; i < 400; i++) {
			List<Match> trace = new ArrayList<>();
			for (int m = random.nextInt(6); m > 0; m--) {
				trace.add(new Match(rules.get(random.nextInt(rules.size())),
						pieces[random.nextInt(pieces.length)] + pieces[random.nextInt(4)]));
			}
			byte[] asStored = json
				.write(trace.stream()
					.map((match) -> new LedgerJson.FiredRule(match.rule().id(), match.candidateRef()))
					.toList())
				.getBytes(StandardCharsets.UTF_8);
			Decision fired = new Decision(decision.decisionId(), decision.rulesetVersion(), decision.asOf(),
					decision.responsibleAuthority(), decision.candidates(), decision.comparisons(), trace,
					decision.rankingMethod(), decision.notifications(), decision.duties(), decision.rules());

			LedgerJson.NewRecord written = json.texts(Decisions.aRequestIn(Decisions.DURHAM), fired);

			assertThat(json.fired(trace)).isEqualTo(asStored);
			assertThat(written.texts().fired()).isEqualTo(asStored);
			assertThat(written.payload()).isEqualTo(LedgerPayload.compress(written.texts()));
		}
	}

	/**
	 * A lone surrogate encodes as {@code ?} from a string, as records were always stored,
	 * where the UTF-8 generator would escape it: such a text is written the old way.
	 */
	@Test
	void writesALoneSurrogateAsARecordWasAlwaysStored() {
		RuleDefinition rule = Decisions.aDecision("D-1", Decisions.aRequestIn(Decisions.DURHAM)).trace().get(0).rule();
		List<Match> trace = List.of(new Match(rule, "high \ud800 alone"), new Match(rule, "low \udc00 alone"),
				new Match(rule, "a pair \ud83d\ude00"));
		List<LedgerJson.FiredRule> rules = trace.stream()
			.map(m -> new LedgerJson.FiredRule(m.rule().id(), m.candidateRef()))
			.toList();
		byte[] asStored = json.write(rules).getBytes(StandardCharsets.UTF_8);

		assertThat(json.utf8(rules)).isEqualTo(asStored);
		assertThat(json.fired(trace)).isEqualTo(asStored);
		assertThat(new String(asStored, StandardCharsets.UTF_8)).contains("high ? alone", "low ? alone",
				"\ud83d\ude00");
		assertThat(json.utf8(List.of("a backslash then \\uD800 as text"))).asString(StandardCharsets.UTF_8)
			.isEqualTo("[\"a backslash then \\\\uD800 as text\"]");
	}

	@Test
	void tellsAnEscapedSurrogateFromOtherEscapes() {
		assertThat(LedgerJson.escapesASurrogate(bytes("[\"\\uD800\"]"))).isTrue();
		assertThat(LedgerJson.escapesASurrogate(bytes("[\"\\udfff\"]"))).isTrue();
		assertThat(LedgerJson.escapesASurrogate(bytes("[\"\\u0001 \\uD7FF \\uE000 \\n\"]"))).isFalse();
		assertThat(LedgerJson.escapesASurrogate(bytes("\\uD"))).isFalse();
		// wherever it falls in the 32 or 8 bytes looked at together, across them, or
		// after
		for (int at = 0; at < 70; at++) {
			assertThat(LedgerJson.escapesASurrogate(bytes("x".repeat(at) + "\\uDB7F" + "y".repeat(70 - at)))).isTrue();
			assertThat(LedgerJson.escapesASurrogate(bytes("x".repeat(at) + "\\uDB7F"))).isTrue();
			assertThat(LedgerJson.escapesASurrogate(bytes("x".repeat(at) + "\\u00DB" + "y".repeat(70 - at)))).isFalse();
			assertThat(LedgerJson.escapesASurrogate(bytes("\u0700".repeat(at) + "\\uD"))).isFalse();
		}
	}

	@Test
	void findsAnEscapedSurrogateWhereLookingByteByByteDoes() {
		Random random = new Random(19);
		byte[] alphabet = bytes("\\uDd8Fx\"\u0700\u00e9");
		for (int i = 0; i < 20_000; i++) {
			byte[] json = new byte[random.nextInt(100)];
			for (int at = 0; at < json.length; at++) {
				json[at] = alphabet[random.nextInt(alphabet.length)];
			}
			assertThat(LedgerJson.escapesASurrogate(json)).as(new String(json, StandardCharsets.UTF_8))
				.isEqualTo(escapesASurrogateByteByByte(json));
		}
	}

	private static boolean escapesASurrogateByteByByte(byte[] json) {
		for (int at = 0; at + 3 < json.length; at++) {
			if (json[at] == '\\' && json[at + 1] == 'u' && (json[at + 2] == 'D' || json[at + 2] == 'd')
					&& "89ABCDEFabcdef".indexOf(json[at + 3]) >= 0) {
				return true;
			}
		}
		return false;
	}

	private static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void refusesAFractionalNumberOfVacancies() {
		assertThatThrownBy(() -> json.readRequest(STORED.replace("\"vacancies\":1", "\"vacancies\":0.9")))
			.isInstanceOf(JacksonException.class);
	}

	@Test
	void refusesAKeyGivenTwice() {
		String twice = STORED.replace("{\"asOf\":\"2026-11-23\",", "{\"asOf\":\"2026-11-23\",\"asOf\":\"2026-06-01\",");

		assertThatThrownBy(() -> json.readRequest(twice)).isInstanceOf(JacksonException.class);
		assertThat(json.describes(twice, "E06000047", LocalDate.of(2026, 6, 1))).isFalse();
	}

	@Test
	void refusesANumberForABoolean() {
		assertThatThrownBy(() -> json.readRequest(STORED.replace("\"emergency\":false", "\"emergency\":0")))
			.isInstanceOf(JacksonException.class);
	}

}
