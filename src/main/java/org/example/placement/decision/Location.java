package org.example.placement.decision;

/** SSDA903 PL_LOCATION: inside or outside the responsible authority's area. */
public enum Location {

	IN, OUT

}
