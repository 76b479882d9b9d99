package org.example.placement.decision;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Port to the reference geography (ONS postcode directory, authority lookup, adjacency).
 * Distances follow the DfE SSDA903 formula so outputs reconcile with national statistics.
 */
public interface Geography {

	/** The upper-tier authority holding a full or sector postcode; empty when unknown. */
	Optional<String> authorityOf(String postcode);

	/**
	 * Miles between two full or sector postcodes by the DfE formula {@link #locate} uses;
	 * empty when either is unknown (or the geography cannot measure).
	 */
	default Optional<BigDecimal> milesBetween(String from, String to) {
		return Optional.empty();
	}

	/**
	 * The candidate with {@code distanceMiles} (from the child's home),
	 * {@code localAuthority}, {@code location} (IN/OUT of the responsible authority) and
	 * {@code atDistance} (reg 11(5): outside the area and not in an adjoining authority),
	 * always derived from the postcodes ({@link Whereabouts}): whatever the candidate
	 * held is replaced, and a candidate without a postcode is
	 * {@link Whereabouts#UNKNOWN}.
	 * @throws UnknownPostcodeException when a postcode needed for a value is not known
	 */
	Candidate locate(Candidate candidate, String homePostcode, String responsibleAuthority);

	/**
	 * Every candidate {@link #locate}d, in order, when every postcode a candidate gives
	 * is known; empty when one is not (the caller then finds which). A geography may look
	 * the home postcode up once for all of them, and each candidate's once.
	 */
	default Optional<List<Candidate>> locateAll(List<Candidate> candidates, String homePostcode,
			String responsibleAuthority) {
		for (Candidate candidate : candidates) {
			String postcode = candidate.postcode();
			if (postcode != null && !postcode.isBlank() && authorityOf(postcode).isEmpty()) {
				return Optional.empty();
			}
		}
		return Optional.of(candidates.stream().map((c) -> locate(c, homePostcode, responsibleAuthority)).toList());
	}

	/**
	 * Postcodes (full or sector) other than {@code homePostcode} in the same authority,
	 * from which the DfE distance to each of {@code postcodes} is the same, to 0.1 mile,
	 * as from {@code homePostcode}: a home postcode that can stand in for it without
	 * changing a decision whose candidates are at {@code postcodes} (used to anonymise an
	 * export, issue 11). Full postcodes in another sector come first, then full postcodes
	 * in the same sector, then sectors, each in alphabetical order; at most
	 * {@code limit}. Empty when there is none, or when any of the postcodes is unknown; a
	 * geography that cannot search says empty.
	 */
	default List<String> sameDistancesAs(String homePostcode, List<String> postcodes, int limit) {
		return List.of();
	}

}
