package org.example.placement.decision;

/**
 * The setting of a placement in other arrangements (Children Act 1989 s22C(6)(d)), named
 * as regs 27A and 27C of the Care Planning, Placement and Case Review (England)
 * Regulations 2010 name them. A child under 16 may live in other arrangements only in a
 * care home, hospital, residential family centre, school or holiday scheme for disabled
 * children (reg 27A, from 9 September 2021); a child of 16 or 17 only in supported
 * accommodation from a registered undertaking, or in one of those or a further education
 * college or a 16 to 19 Academy (reg 27C, from 28 October 2023). {@code OTHER} is any
 * setting not in those lists (a B&amp;B, a hostel, residential employment, a flat); it is
 * never one of them.
 */
public enum Setting {

	/** A care home (Care Standards Act 2000 s3). */
	CARE_HOME,

	/** A hospital (National Health Service Act 2006 s275(1)). */
	HOSPITAL,

	/** A residential family centre (Care Standards Act 2000 s4(2)). */
	RESIDENTIAL_FAMILY_CENTRE,

	/**
	 * A school (Education Act 1996 s4) whose accommodation is not registered as a
	 * children's home.
	 */
	SCHOOL,

	/**
	 * A holiday scheme for disabled children (Residential Holiday Schemes for Disabled
	 * Children (England) Regulations 2013 reg 2(1)).
	 */
	HOLIDAY_SCHEME_FOR_DISABLED_CHILDREN,

	/**
	 * An institution within the further education sector (Further and Higher Education
	 * Act 1992 s91(3)); reg 27C only.
	 */
	FURTHER_EDUCATION_COLLEGE,

	/** A 16 to 19 Academy (Academies Act 2010 s1B); reg 27C only. */
	SIXTEEN_TO_NINETEEN_ACADEMY,

	/**
	 * Supported accommodation (SI 2022/808 reg 2): lawful for a child of 16 or 17 from 28
	 * October 2023 only when its undertaking is registered with Ofsted or protected by
	 * reg 44 of the Supported Accommodation (England) Regulations 2023
	 * ({@code registered: true}); never for a child under 16.
	 */
	SUPPORTED_ACCOMMODATION,

	/** Any other setting: in neither list. */
	OTHER;

	/**
	 * The setting an SSDA903 PLACE code names on its own, or {@code null} where the code
	 * does not name exactly one: R1 is a care home, R2 a hospital, S1 a school (not
	 * dual-registered as a children's home), K3 and H5 supported accommodation. R3
	 * ("family centre or mother and baby unit") is not necessarily a residential family
	 * centre, so it names none.
	 */
	public static Setting namedBy(String placementType) {
		if (placementType == null) {
			return null;
		}
		return switch (placementType) {
			case "R1" -> CARE_HOME;
			case "R2" -> HOSPITAL;
			case "S1" -> SCHOOL;
			case "K3", "H5" -> SUPPORTED_ACCOMMODATION;
			default -> null;
		};
	}

}
