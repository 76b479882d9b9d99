package org.example.placement.support;

import java.time.LocalDate;

import org.example.placement.decision.Child;
import org.example.placement.decision.Situation;

/** Child and situation fixtures. */
public final class Children {

	public static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);

	public static final String DURHAM = "E06000047";

	private Children() {
	}

	/** A child as tests start from ({@link ChildBuilder}), to change before building. */
	public static ChildBuilder aChild() {
		return new ChildBuilder();
	}

	/** CH-0001, in care, born 1 May 2013, living at DH1 3AA. */
	public static Child aThirteenYearOldInCare() {
		return aChild().build();
	}

	public static Situation inDurhamOn(LocalDate asOf) {
		return new Situation(asOf, DURHAM, false, 13, true, DURHAM);
	}

}
