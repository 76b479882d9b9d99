package org.example.placement.geography;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The plain reader of the postcode tables (quicker at start-up, issue 12) reads exactly
 * what the general CSV parser reads from them.
 */
class GeoCsvTests {

	@ParameterizedTest
	@ValueSource(strings = { Postcodes.FULL + ",postcode", Postcodes.SECTORS + ",sector" })
	void thePlainReaderReadsTheTablesAsTheCsvParserDoes(String table) {
		String name = table.split(",")[0];
		List<String> columns = List.of(table.split(",")[1], "la_code", "easting", "northing");
		List<List<String>> parsed = new ArrayList<>();
		GeoCsv.read(name, (row) -> parsed.add(columns.stream().map(row::get).toList()));
		List<List<String>> plain = new ArrayList<>();
		GeoCsv.readPlain(name, columns, (row) -> plain.add(List.of(row)));
		assertThat(plain).hasSizeGreaterThan(9_000).isEqualTo(parsed);
	}

	@Test
	void aColumnTheTableLacksIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> GeoCsv.readPlain(Postcodes.SECTORS, List.of("sector", "nowhere"), (row) -> {
			}))
			.withMessageContaining("lacks one of the columns");
	}

	@Test
	void aQuotedTableIsRefusedRatherThanMisread() {
		// the adjacency table quotes the authorities' names
		assertThatIllegalStateException()
			.isThrownBy(() -> GeoCsv.readPlain(Adjacency.RESOURCE, List.of("la_code_a"), (row) -> {
			}))
			.withMessageContaining("not a plain CSV table");
	}

}
