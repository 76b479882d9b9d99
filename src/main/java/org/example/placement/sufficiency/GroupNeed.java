package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;

/**
 * The range question of s22G(4)(b) for one need group: how many of its children are
 * placed outside the area (NOT_MET) and how many in-area places with vacancies suit the
 * group ({@link Supply#suitableFor}).
 */
public record GroupNeed(NeedGroup group, int notMet, int suitablePlaces) implements DutySubject {

	@Override
	public String ref() {
		return group.name();
	}

}
