package org.example.placement.geography;

/**
 * The upper-tier local authorities the geography holds, for callers outside the core (the
 * decision meters tag only these): the closed set of ONS codes in the postcode directory
 * and the adjacency table.
 */
public interface Authorities {

	/** Whether {@code code} is an upper-tier local authority this geography knows. */
	boolean isAuthority(String code);

}
