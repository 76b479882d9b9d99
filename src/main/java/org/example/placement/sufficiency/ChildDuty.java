package org.example.placement.sufficiency;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One child looked after at year end with the duty's answer: the classification and the
 * rule that gave it (null when none was in force), and, for a child placed outside the
 * area, the in-area places the placement engine found ELIGIBLE (empty when none, or when
 * the child could not be run: {@code matchedNote} says why).
 */
public record ChildDuty(ChildAtYearEnd child, @Nullable Classification classification, @Nullable String ruleId,
		List<String> inAreaOptions, @Nullable String matchedNote) {

	public ChildDuty {
		inAreaOptions = List.copyOf(inAreaOptions);
	}

	ChildDuty withOptions(List<String> options, @Nullable String note) {
		return new ChildDuty(child, classification, ruleId, options, note);
	}

	@Override
	public String toString() {
		return "ChildDuty[fields not shown: personal data]";
	}

}
