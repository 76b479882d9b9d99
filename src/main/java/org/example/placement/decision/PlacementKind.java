package org.example.placement.decision;

/**
 * The kinds of placement the Children Act 1989 tells apart, as the rules derive them
 * once, from the SSDA903 placement and provider codes
 * ({@code rules/england/facts/placement-kind.drl}), for tiers, bars and local policy to
 * match on: with a parent or other person with parental responsibility (s22C(2)-(3)), or
 * one of the four kinds of s22C(6).
 */
public enum PlacementKind {

	/** A parent or other person with parental responsibility (s22C(3)). */
	PARENT,
	/**
	 * A local authority foster parent who is a relative, friend or other person connected
	 * with the child (s22C(6)(a)).
	 */
	CONNECTED_FOSTER_PARENT,
	/** Any other local authority foster parent (s22C(6)(b)). */
	OTHER_FOSTER_PARENT,
	/** A children's home (s22C(6)(c)). */
	CHILDRENS_HOME,
	/** Other arrangements (s22C(6)(d)). */
	OTHER_ARRANGEMENTS

}
