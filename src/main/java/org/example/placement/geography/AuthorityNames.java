package org.example.placement.geography;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names of the authorities, for people (a page says "Durham", not only
 * {@code E06000047}): the upper and lower tiers of the 2021 lookup, then the adjacency
 * table's names, which also know the authorities made since (North Yorkshire, say).
 */
final class AuthorityNames {

	private final Map<String, String> names;

	private AuthorityNames(Map<String, String> names) {
		this.names = Map.copyOf(names);
	}

	static AuthorityNames load() {
		Map<String, String> names = new HashMap<>();
		GeoCsv.read(Adjacency.RESOURCE, row -> {
			names.put(row.get("la_code_a"), row.get("la_name_a"));
			names.put(row.get("la_code_b"), row.get("la_name_b"));
		});
		GeoCsv.read(UpperTiers.RESOURCE, row -> {
			names.put(row.get("LTLA21CD"), row.get("LTLA21NM"));
			names.put(row.get("UTLA21CD"), row.get("UTLA21NM"));
		});
		return new AuthorityNames(names);
	}

	Optional<String> of(String code) {
		return Optional.ofNullable(names.get(code));
	}

}
