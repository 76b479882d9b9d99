package org.example.placement.decision;

/**
 * Who must sign off a placement before it takes effect.
 * {@code EVERY_PERSON_WITH_PARENTAL_RESPONSIBILITY}: each person with parental
 * responsibility for the child must approve (Children Act 1989 Sch 2 para 19(2), a
 * looked-after child not in care going to live outside England and Wales).
 * {@code WELSH_MINISTERS}: the Welsh Ministers (Health and Social Care (Wales) Act 2025,
 * a placement with a provider that is not not-for-profit). {@code PANEL}: a panel of the
 * responsible authority (among others, Care Planning, Placement and Case Review (Wales)
 * Regulations 2015 reg 12, a placement out of the area).
 */
public enum Approver {

	NOMINATED_OFFICER, DIRECTOR_OF_CHILDRENS_SERVICES, COURT, HIGH_COURT, SECRETARY_OF_STATE, PANEL, SENIOR_MANAGER,
	EVERY_PERSON_WITH_PARENTAL_RESPONSIBILITY, WELSH_MINISTERS

}
