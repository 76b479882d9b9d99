package org.example.placement.geography;

import java.util.Optional;

/**
 * The upper-tier local authorities the geography holds, for callers outside the core (the
 * decision meters tag only these, the pages name them): the closed set of ONS codes in
 * the postcode directory and the adjacency table.
 */
public interface Authorities {

	/** Whether {@code code} is an upper-tier local authority this geography knows. */
	boolean isAuthority(String code);

	/**
	 * The authority's name ("County Durham") for people to read; empty when not known.
	 */
	default Optional<String> nameOf(String code) {
		return Optional.empty();
	}

}
