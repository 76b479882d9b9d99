package org.example.placement.support;

import java.time.LocalDate;
import java.util.List;

import org.example.placement.decision.Child;

/**
 * Builds a {@link Child} by name rather than by the record's positional constructor.
 * Starts as {@code CH-0001}, in care (C2), born 1 May 2013, living at DH1 3AA in County
 * Durham, with no siblings, needs or school.
 */
public final class ChildBuilder {

	private String ref = "CH-0001";

	private LocalDate dateOfBirth = LocalDate.of(2013, 5, 1);

	private String legalStatus = "C2";

	private String homePostcode = "DH1 3AA";

	private boolean disabled;

	private List<String> needs = List.of();

	private boolean uasc;

	private List<String> siblingsInCare = List.of();

	private Child.School school;

	private List<String> siblingsToBePlaced = List.of();

	ChildBuilder() {
	}

	public ChildBuilder called(String ref) {
		this.ref = ref;
		return this;
	}

	public ChildBuilder bornOn(LocalDate date) {
		this.dateOfBirth = date;
		return this;
	}

	public ChildBuilder livingAt(String postcode) {
		this.homePostcode = postcode;
		return this;
	}

	public ChildBuilder disabled() {
		this.disabled = true;
		return this;
	}

	/** The deprecated list no rule reads, which a new request must leave empty. */
	public ChildBuilder withNeeds(List<String> needs) {
		this.needs = needs;
		return this;
	}

	/**
	 * An unaccompanied asylum-seeking child: no rule reads it, but the sufficiency duty's
	 * need groups do.
	 */
	public ChildBuilder uasc() {
		this.uasc = true;
		return this;
	}

	public ChildBuilder withSiblingsInCare(List<String> siblings) {
		this.siblingsInCare = siblings;
		return this;
	}

	public ChildBuilder withSiblingsToBePlaced(List<String> siblings) {
		this.siblingsToBePlaced = siblings;
		return this;
	}

	public ChildBuilder atSchool(Child.School school) {
		this.school = school;
		return this;
	}

	public Child build() {
		return new Child(ref, dateOfBirth, legalStatus, homePostcode, disabled, needs, uasc, siblingsInCare, school,
				false, false, false, null, siblingsToBePlaced);
	}

}
