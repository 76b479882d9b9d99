package org.example.placement.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.example.placement.decision.Candidate;
import org.example.placement.decision.DecisionRequest;
import org.example.placement.decision.Geography;
import org.junit.jupiter.api.Test;
import org.assertj.core.groups.Tuple;
import org.example.placement.json.StrictJson;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link Anonymiser} changes and keeps; the decision staying identical is proved in
 * {@code ExportTests}.
 */
class AnonymiserTests {

	static final String REQUEST = """
			{ "asOf": "2026-11-23", "responsibleAuthority": "E06000047",
			  "child": { "ref": "CH-SECRET-4711", "dateOfBirth": "2012-02-29", "legalStatus": "C2", "homePostcode": "DH1 4AB",
			             "siblingsInCare": ["SIB-A", "SIB-B"], "siblingsToBePlaced": ["SIB-B"] },
			  "candidates": [ { "ref": "P-01", "placementType": "U6", "provider": "PR4", "postcode": "DH1 4AD",
			                    "carerApproval": "APPROVED", "meetsAssessedNeeds": true, "siblingsPlacedHere": ["SIB-A"] } ] }
			""";

	@Test
	void replacesEveryIdentifyingValueAndKeepsAgeAsOfAndWhatTheRulesRead() {
		DecisionRequest request = read(REQUEST);

		Anonymiser.Outcome outcome = Anonymiser.anonymise(request, homesAt("DH1 4ZZ"));

		DecisionRequest anonymised = ((Anonymiser.Anonymised) outcome).request();
		assertThat(anonymised.child().ref()).isEqualTo("CHILD-1");
		assertThat(anonymised.child().homePostcode()).isEqualTo("DH1 4ZZ");
		assertThat(anonymised.child().dateOfBirth()).isNotEqualTo(request.child().dateOfBirth());
		assertThat(anonymised.child().ageOn(anonymised.asOf())).isEqualTo(request.child().ageOn(request.asOf()));
		assertThat(anonymised.asOf()).isEqualTo(request.asOf());
		assertThat(anonymised.child().siblingsInCare()).containsExactly("SIBLING-1", "SIBLING-2");
		assertThat(anonymised.child().siblingsToBePlaced()).containsExactly("SIBLING-2");
		assertThat(anonymised.candidates().get(0).siblingsPlacedHere()).containsExactly("SIBLING-1");
		assertThat(anonymised.candidates()).extracting(Candidate::ref, Candidate::postcode)
			.containsExactly(Tuple.tuple("P-01", "DH1 4AD"));
	}

	@Test
	void theDateOfBirthDependsOnlyOnTheAgeOnAsOf() {
		LocalDate asOf = LocalDate.parse("2026-11-23");

		assertThat(Anonymiser.sameAgeOn(asOf, LocalDate.parse("2013-05-01")))
			.isEqualTo(Anonymiser.sameAgeOn(asOf, LocalDate.parse("2012-11-24")))
			.isEqualTo(LocalDate.parse("2013-05-23"));
		// 17 on asOf, the eve of the 18th birthday: still 17
		assertThat(Anonymiser.sameAgeOn(asOf, LocalDate.parse("2008-11-24"))).isEqualTo(LocalDate.parse("2009-05-23"));
	}

	@Test
	void refusesWithAReasonThatQuotesNoValueWhenNoHomePostcodeFits() {
		Anonymiser.Outcome outcome = Anonymiser.anonymise(read(REQUEST), homesAt());

		assertThat(outcome).isInstanceOf(Anonymiser.Refused.class);
		assertThat(((Anonymiser.Refused) outcome).reason()).contains("no other postcode", "1 candidate postcodes")
			.doesNotContain("DH1 4AB", "DH1 4AD", "CH-SECRET-4711");
	}

	private static DecisionRequest read(String json) {
		return StrictJson.configure(JsonMapper.builder()).build().readValue(json, DecisionRequest.class);
	}

	private static Geography homesAt(String... substitutes) {
		return new Geography() {
			@Override
			public Optional<String> authorityOf(String postcode) {
				return Optional.of("E06000047");
			}

			@Override
			public Candidate locate(Candidate candidate, String homePostcode, String responsibleAuthority) {
				return candidate;
			}

			@Override
			public List<String> sameDistancesAs(String homePostcode, List<String> postcodes, int limit) {
				return List.of(substitutes);
			}
		};
	}

}
