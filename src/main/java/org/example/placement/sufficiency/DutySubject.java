package org.example.placement.sufficiency;

/**
 * A fact the duty rules find something about: a child, a need group, the providers in the
 * area or a measure; {@code ref} names it in findings (a CHILD, a group, a measure).
 */
public interface DutySubject {

	String ref();

}
