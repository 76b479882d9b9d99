package org.example.placement.sufficiency;

import org.example.placement.decision.NeedGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.example.placement.decision.RuleDefinition;
import org.jspecify.annotations.Nullable;

/**
 * The facts of the second look the rules take, once each child is classified: the
 * providers in the area against the children placed outside it (s22G(4)(a), (5)), each
 * need group's in-area places against its children placed outside (s22G(4)(b)), and the
 * measures a local target is set on, this year and the year before.
 */
record Gaps(ProvidersInArea providers, List<GroupNeed> range, List<MeasureChange> measures) {

	static Gaps of(List<ChildDuty> children, Supply supply, List<TrendPoint> trend) {
		List<ChildAtYearEnd> notMet = children.stream()
			.filter(c -> c.classification() == Classification.NOT_MET)
			.map(ChildDuty::child)
			.toList();
		List<GroupNeed> range = new ArrayList<>();
		for (NeedGroup group : NeedGroup.values()) {
			List<ChildAtYearEnd> members = notMet.stream().filter(c -> c.groups().contains(group)).toList();
			range.add(new GroupNeed(group, members.size(), members.isEmpty() ? 0 : supply.suitableFor(group, members)));
		}
		return new Gaps(supply.providers(notMet.size()), range, measures(trend));
	}

	private static List<MeasureChange> measures(List<TrendPoint> trend) {
		TrendPoint now = trend.isEmpty() ? null : trend.get(trend.size() - 1);
		TrendPoint before = trend.size() < 2 ? null : trend.get(trend.size() - 2);
		return List.of(change(MeasureChange.Name.IN_HOUSE_FOSTER_SHARE, inHouse(now), inHouse(before)),
				change(MeasureChange.Name.PLACED_MORE_THAN_20_MILES_SHARE, far(now), far(before)));
	}

	private static MeasureChange change(MeasureChange.Name name, @Nullable Double value, @Nullable Double previous) {
		return new MeasureChange(name, value == null ? 0 : value, previous == null ? 0 : previous, value != null,
				previous != null);
	}

	private static @Nullable Double inHouse(@Nullable TrendPoint point) {
		return point == null ? null : point.fosterByProvider().inHouseShare();
	}

	/**
	 * Placed more than 20 miles from home as a percentage of distanceKnown, one decimal.
	 */
	private static @Nullable Double far(@Nullable TrendPoint point) {
		return point == null || point.distanceKnown() == 0 ? null
				: Math.round(1000.0 * point.placedMoreThan20Miles() / point.distanceKnown()) / 10.0;
	}

	List<DutySubject> facts() {
		List<DutySubject> facts = new ArrayList<>(range);
		facts.add(providers);
		facts.addAll(measures);
		return facts;
	}

	List<SufficiencyReport.Finding> findings(DutyEvaluation evaluation) {
		List<SufficiencyReport.Finding> findings = new ArrayList<>();
		for (DutyEvaluation.Finding f : evaluation.findings()) {
			RuleDefinition rule = f.rule();
			Map<String, String> terms = f.terms();
			MeasureChange measure = measures.stream().filter(m -> m.ref().equals(f.subject())).findFirst().orElse(null);
			findings.add(new SufficiencyReport.Finding(rule.id(), rule.title(), rule.citation(), rule.source(),
					rule.effect().name(), rule.layer(), f.subject(), terms.get("measure"),
					measure == null ? null : measure.value(), measure == null ? null : measure.previous(),
					terms.get("target"), terms.containsKey("met") ? Boolean.valueOf(terms.get("met")) : null));
		}
		return findings;
	}

}
