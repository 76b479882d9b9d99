package org.example.placement.decision;

/** Ofsted's overall grade for a registered setting (SCCIF). */
public enum OfstedRating {

	OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT, INADEQUATE, NOT_YET_INSPECTED

}
