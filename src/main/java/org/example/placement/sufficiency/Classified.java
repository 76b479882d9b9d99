package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The children looked after at year end with the classification the rules gave each: the
 * classification rule's {@code @classification} names it.
 */
record Classified(String rulesetVersion, List<ChildDuty> children) {

	static Classified of(DutyEvaluation evaluation, Cohort cohort) {
		Map<String, DutyEvaluation.Finding> byChild = new HashMap<>();
		for (DutyEvaluation.Finding finding : evaluation.findings()) {
			if (finding.terms().containsKey("classification")) {
				byChild.put(finding.subject(), finding);
			}
		}
		List<ChildDuty> children = new ArrayList<>();
		for (ChildAtYearEnd child : cohort.children()) {
			DutyEvaluation.Finding finding = byChild.get(child.child());
			children.add(finding == null ? new ChildDuty(child, null, null, List.of(), null)
					: new ChildDuty(child, Classification.valueOf(finding.terms().get("classification")),
							finding.rule().id(), List.of(), null));
		}
		return new Classified(evaluation.rulesetVersion(), children);
	}

	List<ChildDuty> notMet() {
		return children.stream().filter(c -> c.classification() == Classification.NOT_MET).toList();
	}

	/**
	 * The children in their order, those placed outside the area with their in-area
	 * options.
	 */
	List<ChildDuty> withMatches(List<ChildDuty> matched) {
		Map<String, ChildDuty> byChild = new HashMap<>();
		matched.forEach(m -> byChild.put(m.child().child(), m));
		return children.stream().map(c -> byChild.getOrDefault(c.child().child(), c)).toList();
	}

	SufficiencyReport.Duty duty(List<ChildDuty> children) {
		Map<NeedGroup, DutyCounts> byGroup = new EnumMap<>(NeedGroup.class);
		for (NeedGroup group : NeedGroup.values()) {
			byGroup.put(group,
					DutyCounts.of(children.stream().filter(c -> c.child().groups().contains(group)).toList()));
		}
		return SufficiencyReport.Duty.of(DutyCounts.of(children), byGroup);
	}

}
