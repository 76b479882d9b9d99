package org.example.placement.geography;

import org.example.placement.decision.Geography;

/** The ONS geography the service uses, for tests outside this package. */
public final class Geographies {

	private Geographies() {
	}

	public static Geography ons() {
		return new OnsGeography();
	}

}
