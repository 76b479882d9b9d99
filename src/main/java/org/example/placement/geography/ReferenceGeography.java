package org.example.placement.geography;

import org.example.placement.decision.Geography;

/**
 * The service's geography for a command that runs without the service around it
 * ({@code validate}): the same ONS data and adjacency, and the same adjacency overrides
 * when the environment names them as the service would read them
 * ({@code PLACEMENT_GEO_ADJACENCY_OVERRIDES}).
 */
public final class ReferenceGeography {

	private static final String OVERRIDES = "PLACEMENT_GEO_ADJACENCY_OVERRIDES";

	private ReferenceGeography() {
	}

	public static Geography load() {
		String overrides = System.getenv(OVERRIDES);
		return new OnsGeography(overrides == null ? "" : overrides);
	}

}
