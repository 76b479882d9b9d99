package org.example.placement.geography;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which upper-tier authorities adjoin, for the "at a distance" test of reg 11(5) of the Care
 * Planning, Placement and Case Review (England) Regulations 2010: a placement is at a distance
 * when it is outside the responsible authority's area and not in an adjoining authority's.
 * The table is derived from postcode positions (see {@code geo/README}); pairs are stored once,
 * so both directions are indexed here.
 */
final class Adjacency {

	static final String RESOURCE = "la_adjacency.csv";

	private final Map<String, Set<String>> neighbours;

	private Adjacency(Map<String, Set<String>> neighbours) {
		this.neighbours = neighbours;
	}

	static Adjacency load() {
		Map<String, Set<String>> neighbours = new HashMap<>();
		GeoCsv.read(RESOURCE, (row) -> {
			String a = row.get("la_code_a");
			String b = row.get("la_code_b");
			neighbours.computeIfAbsent(a, (key) -> new HashSet<>()).add(b);
			neighbours.computeIfAbsent(b, (key) -> new HashSet<>()).add(a);
		});
		return new Adjacency(neighbours);
	}

	/** Whether the two upper-tier authorities share a boundary, in either order. */
	boolean adjoin(String authority, String other) {
		if (authority == null || other == null) {
			return false;
		}
		return neighbours.getOrDefault(authority, Set.of()).contains(other);
	}

}
