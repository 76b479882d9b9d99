package org.example.placement.sufficiency;

import java.util.Collection;

/**
 * Children by duty classification. {@code unclassified} counts children no rule
 * classified (a year end before s22G was in force).
 */
public record DutyCounts(int met, int notMet, int excepted, int notApplicable, int unknown, int unclassified) {

	static DutyCounts of(Collection<ChildDuty> children) {
		int[] counts = new int[Classification.values().length + 1];
		for (ChildDuty child : children) {
			Classification c = child.classification();
			counts[c == null ? counts.length - 1 : c.ordinal()]++;
		}
		return new DutyCounts(counts[Classification.MET.ordinal()], counts[Classification.NOT_MET.ordinal()],
				counts[Classification.EXCEPTED.ordinal()], counts[Classification.NOT_APPLICABLE.ordinal()],
				counts[Classification.UNKNOWN.ordinal()], counts[counts.length - 1]);
	}

}
