package org.example.placement.decision;

import java.math.BigDecimal;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * Where a candidate placement is, as the service derives it from the postcodes, the DfE
 * way ({@link Geography#locate}): {@code distanceMiles} from the child's home, the
 * upper-tier {@code localAuthority} it is in (an ONS code; it may be outside England and
 * Wales), {@code location} in or out of the responsible authority's area, and
 * {@code atDistance} (reg 11(5): outside the area and not in an adjoining authority).
 * <p>
 * Never sent: a request that sends one of the values is refused ({@link DerivedValue});
 * one the log stored with them {@code null} still reads. A candidate as sent, or one
 * without a postcode, is {@link #UNKNOWN}: every value null.
 */
public record Whereabouts(@JsonDeserialize(using = DerivedValue.class) BigDecimal distanceMiles,
		@JsonDeserialize(using = DerivedValue.class) String localAuthority,
		@JsonDeserialize(using = DerivedValue.class) Location location,
		@JsonDeserialize(using = DerivedValue.class) Boolean atDistance) {

	/** Nowhere known: a candidate as the caller sent it, or one without a postcode. */
	public static final Whereabouts UNKNOWN = new Whereabouts(null, null, null, null);

	/**
	 * No values: a record's generated {@code toString} would reach debug logs, and where
	 * a child may be placed is personal data.
	 */
	@Override
	public String toString() {
		return "Whereabouts[values not shown]";
	}

}
