package org.example.placement.decision;

/**
 * Statutory tiers, highest first. Children Act 1989 s22C(2)-(4) puts a parent or person
 * with parental responsibility first, s22C(7)(a) a connected-person foster parent next;
 * in fostering-for-adoption mode (s22C(9B)) a connected person, then a carer approved as
 * foster parent and prospective adopter. Everything else shares the last tier. In Wales,
 * Social Services and Well-being (Wales) Act 2014 s81(11)-(13): the prospective adopter
 * the authority proposes comes before everyone, a parent included (s81(2) and (5) are
 * subject to s81(11)); no English rule gives that tier.
 */
public enum Tier {

	PROSPECTIVE_ADOPTER, PARENT, CONNECTED_PERSON_FOSTER, FOSTER_FOR_ADOPTION, OTHER

}
