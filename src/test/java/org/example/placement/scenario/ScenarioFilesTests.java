package org.example.placement.scenario;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scenario reader holds YAML and JSON to the API's strictness (one configuration,
 * {@code json.StrictJson}), while the plain YAML the scenario files are written in still
 * reads.
 */
class ScenarioFilesTests {

	private static final String SCENARIO = """
			title: A carer near home
			covers: [LOCAL-DEFAULT-010]
			given:
			  asOf: 2026-11-23
			  responsibleAuthority: E06000047
			  emergency: true
			  child: { ref: CH-0001, dateOfBirth: 2013-05-01, legalStatus: C2, homePostcode: DH1 3AA }
			  candidates:
			    - { ref: P-01, placementType: U6, provider: PR4, postcode: DH1 5AA, vacancies: 1, meetsAssessedNeeds: true, weeklyCost: 420.50 }
			expect:
			  ranking: [P-01]
			""";

	@TempDir
	Path dir;

	@Test
	void readsUnquotedYamlDatesBooleansAndNumbers() throws IOException {
		Scenario scenario = ScenarioFiles.read(write(SCENARIO));

		assertThat(scenario.given().asOf()).isEqualTo(LocalDate.of(2026, 11, 23));
		assertThat(scenario.given().emergency()).isTrue();
		assertThat(scenario.given().child().uasc()).isFalse();
		assertThat(scenario.given().candidates().get(0).vacancies()).isEqualTo(1);
		assertThat(scenario.given().candidates().get(0).weeklyCost()).isEqualByComparingTo("420.50");
	}

	@Test
	void refusesAFractionalNumberOfVacancies() throws IOException {
		assertRefused(SCENARIO.replace("vacancies: 1", "vacancies: 0.9"), "vacancies");
	}

	@Test
	void refusesAKeyGivenTwice() throws IOException {
		assertRefused(SCENARIO.replace("  asOf: 2026-11-23\n", "  asOf: 2026-11-23\n  asOf: 2026-06-01\n"), "asOf");
	}

	@Test
	void refusesQuotedYamlWhereABooleanOrNumberBelongs() throws IOException {
		assertRefused(SCENARIO.replace("emergency: true", "emergency: 'true'"), "emergency");
		assertRefused(SCENARIO.replace("vacancies: 1", "vacancies: '1'"), "vacancies");
	}

	@Test
	void refusesADateWithATimePart() throws IOException {
		assertRefused(SCENARIO.replace("asOf: 2026-11-23", "asOf: 2026-11-23T00:00:00"), "asOf");
	}

	@Test
	void refusesAJsonRequestWithAKeyGivenTwice() throws IOException {
		Path request = dir.resolve("request.json");
		Files.writeString(request,
				"""
						{ "asOf": "2026-11-23", "asOf": "2026-06-01", "responsibleAuthority": "E06000047",
						  "child": { "ref": "CH-0001", "dateOfBirth": "2013-05-01", "legalStatus": "C2", "homePostcode": "DH1 3AA" },
						  "candidates": [ { "ref": "P-01", "placementType": "U6", "postcode": "DH1 5AA" } ] }
						""");

		assertThatThrownBy(() -> ScenarioFiles.readRequest(request)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("asOf");
	}

	private void assertRefused(String yaml, String field) throws IOException {
		Path file = write(yaml);

		assertThatThrownBy(() -> ScenarioFiles.read(file)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("not a valid scenario")
			.hasMessageContaining(field);
	}

	private Path write(String yaml) throws IOException {
		return Files.writeString(dir.resolve("scenario.yaml"), yaml);
	}

}
