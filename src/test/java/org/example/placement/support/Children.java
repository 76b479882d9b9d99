package org.example.placement.support;

import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Child;
import org.example.placement.decision.Situation;

/** Child and situation fixtures. */
public final class Children {

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	public static final String DURHAM = "E06000047";

	private Children() {
	}

	public static Child aThirteenYearOldInCare() {
		return new Child("CH-0001", LocalDate.of(2013, 5, 1), "C2", "DH1 3AA", false, List.of(), false, List.of(), null,
				false, false, false, null);
	}

	public static Situation inDurhamOn(LocalDate asOf) {
		return new Situation(asOf, DURHAM, false, 13, true, DURHAM);
	}

}
