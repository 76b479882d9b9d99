package org.example.placement.ledger;

import java.util.List;

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

		String fired = json.fired(trace);

		assertThat(fired).isEqualTo(StrictJson.mapper()
			.writeValueAsString(
					trace.stream().map(m -> new LedgerJson.FiredRule(m.rule().id(), m.candidateRef())).toList()));
		assertThat(json.fired(List.of())).isEqualTo("[]");
		assertThat(json.fires(fired, rule.id())).isTrue();
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
