package org.example.placement.decision;

import java.util.Optional;

/**
 * Port to the reference geography (ONS postcode directory, authority lookup, adjacency).
 * Distances follow the DfE SSDA903 formula so outputs reconcile with national statistics.
 */
public interface Geography {

	/** The upper-tier authority holding a full or sector postcode; empty when unknown. */
	Optional<String> authorityOf(String postcode);

	/**
	 * The candidate with {@code distanceMiles} (from the child's home), {@code localAuthority},
	 * {@code location} (IN/OUT of the responsible authority) and {@code atDistance} (reg 11(5):
	 * outside the area and not in an adjoining authority), always derived from the postcodes:
	 * whatever the candidate held is replaced, and a candidate without a postcode has none.
	 * @throws UnknownPostcodeException when a postcode needed for a value is not known
	 */
	Candidate locate(Candidate candidate, String homePostcode, String responsibleAuthority);

}
