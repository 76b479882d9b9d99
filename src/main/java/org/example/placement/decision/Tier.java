package org.example.placement.decision;

/**
 * Statutory tiers, highest first. Children Act 1989 s22C(2)-(4) puts a parent or person
 * with parental responsibility first, s22C(7)(a) a connected-person foster parent next;
 * in fostering-for-adoption mode (s22C(9B)) a connected person, then a carer approved as
 * foster parent and prospective adopter. Everything else shares the last tier.
 */
public enum Tier {

	PARENT, CONNECTED_PERSON_FOSTER, FOSTER_FOR_ADOPTION, OTHER

}
