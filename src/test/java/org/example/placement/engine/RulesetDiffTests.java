package org.example.placement.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.example.placement.decision.Effect;
import org.example.placement.decision.RuleDefinition;
import org.example.placement.decision.Ruleset;
import org.example.placement.engine.RulesetDiff.Field;
import org.example.placement.engine.RulesetDiff.Kind;
import org.example.placement.engine.RulesetDiff.RuleChange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of change fires for the change it names and for no other, a rule matched by
 * its id: added, removed, retired, re-weighted, re-worded (title, citation or text) and
 * amended otherwise; an unchanged or re-indented rule is no change at all.
 */
class RulesetDiffTests {

	static final LocalDate APRIL_2011 = LocalDate.of(2011, 4, 1);

	static final RuleDefinition NEAR = new RuleDefinition("ENG-S22C-8A", "Placement near home",
			"Children Act 1989 s22C(8)(a)", "https://www.legislation.gov.uk/ukpga/1989/41/section/22C", Effect.PREFER,
			30, null, null, null, null, APRIL_2011, null, "england", "england/preference/near-home.drl");

	static final RuleDefinition BAND = new RuleDefinition("LOCAL-DEFAULT-010", "Placement within 5 miles of home",
			"Local policy: distance bands", null, Effect.PREFER, 20, null, null, null, null, APRIL_2011, null,
			"local/default", "local/default/distance-from-home.drl.csv");

	static final String TEXT = "when $candidate : Candidate( distanceMiles < 5 ) then insertLogical( x ); end";

	@Test
	void findsNoChangeBetweenTheSameRules() {
		RulesetDiff diff = diff(List.of(NEAR, BAND), List.of(NEAR, BAND), TEXT, TEXT);

		assertThat(diff.changes()).isEmpty();
		assertThat(diff.counts()).hasSize(Kind.values().length).allSatisfy((kind, count) -> assertThat(count).isZero());
	}

	@Test
	void findsARuleAddedAndOnlyAdded() {
		RulesetDiff diff = diff(List.of(NEAR), List.of(NEAR, BAND), TEXT, TEXT);

		assertThat(diff.changes()).containsExactly(new RuleChange(BAND.id(), List.of(Kind.ADDED), BAND, List.of()));
		assertThat(diff.counts()).containsEntry(Kind.ADDED, 1).containsEntry(Kind.REMOVED, 0);
	}

	@Test
	void findsARuleRemovedAndOnlyRemoved() {
		RulesetDiff diff = diff(List.of(NEAR, BAND), List.of(NEAR), TEXT, TEXT);

		assertThat(diff.changes()).containsExactly(new RuleChange(BAND.id(), List.of(Kind.REMOVED), BAND, List.of()));
		assertThat(diff.of(Kind.ADDED)).isEmpty();
	}

	@Test
	void findsARuleRetiredWhenItGainsAnEndDate() {
		RuleDefinition retired = copy(NEAR, NEAR.title(), NEAR.citation(), 30, LocalDate.of(2027, 1, 1));

		assertThat(kindsOf(diff(List.of(NEAR), List.of(retired), TEXT, TEXT))).containsExactly(Kind.RETIRED);
		assertThat(only(diff(List.of(NEAR), List.of(retired), TEXT, TEXT)).fields())
			.containsExactly(new Field("inForceUntil", null, "2027-01-01"));
	}

	@Test
	void findsAnEndDateMovedAsAnAmendmentNotARetirement() {
		RuleDefinition retired = copy(NEAR, NEAR.title(), NEAR.citation(), 30, LocalDate.of(2027, 1, 1));
		RuleDefinition later = copy(NEAR, NEAR.title(), NEAR.citation(), 30, LocalDate.of(2028, 1, 1));

		assertThat(kindsOf(diff(List.of(retired), List.of(later), TEXT, TEXT))).containsExactly(Kind.AMENDED);
	}

	@Test
	void findsARuleReweightedAndOnlyReweighted() {
		RuleDefinition heavier = copy(NEAR, NEAR.title(), NEAR.citation(), 45, null);
		RulesetDiff diff = diff(List.of(NEAR), List.of(heavier), TEXT, TEXT);

		assertThat(kindsOf(diff)).containsExactly(Kind.REWEIGHTED);
		assertThat(only(diff).fields()).containsExactly(new Field("weight", "30", "45"));
	}

	@Test
	void findsARuleRewordedByItsTitleCitationOrText() {
		RuleDefinition retitled = copy(NEAR, "Placement near the child's home", NEAR.citation(), 30, null);
		RuleDefinition recited = copy(NEAR, NEAR.title(), "Children Act 1989 s22C(8)(a) (as amended)", 30, null);

		assertThat(kindsOf(diff(List.of(NEAR), List.of(retitled), TEXT, TEXT))).containsExactly(Kind.REWORDED);
		assertThat(kindsOf(diff(List.of(NEAR), List.of(recited), TEXT, TEXT))).containsExactly(Kind.REWORDED);
		RulesetDiff rewritten = diff(List.of(NEAR), List.of(NEAR), TEXT, TEXT.replace("< 5", "< 6"));
		assertThat(kindsOf(rewritten)).containsExactly(Kind.REWORDED);
		assertThat(only(rewritten).fields()).extracting(Field::name).containsExactly("text");
	}

	@Test
	void findsEveryWayOneRuleChangedAtOnce() {
		RuleDefinition changed = copy(NEAR, "Near home", NEAR.citation(), 10, LocalDate.of(2027, 1, 1));
		RulesetDiff diff = diff(List.of(NEAR), List.of(changed), TEXT, TEXT);

		assertThat(kindsOf(diff)).containsExactly(Kind.RETIRED, Kind.REWEIGHTED, Kind.REWORDED);
		assertThat(diff.counts()).containsEntry(Kind.RETIRED, 1)
			.containsEntry(Kind.REWEIGHTED, 1)
			.containsEntry(Kind.REWORDED, 1)
			.containsEntry(Kind.AMENDED, 0);
	}

	@Test
	void findsAnotherEffectAsAnAmendment() {
		RuleDefinition disfavour = new RuleDefinition(NEAR.id(), NEAR.title(), NEAR.citation(), NEAR.source(),
				Effect.DISFAVOUR, 30, null, null, null, null, APRIL_2011, null, NEAR.layer(), NEAR.file());

		assertThat(kindsOf(diff(List.of(NEAR), List.of(disfavour), TEXT, TEXT))).containsExactly(Kind.AMENDED);
	}

	private static RulesetDiff diff(List<RuleDefinition> from, List<RuleDefinition> to, String fromText,
			String toText) {
		return RulesetDiff.between(ruleset("sha256:from", from), texts(from, fromText), ruleset("sha256:to", to),
				texts(to, toText));
	}

	private static List<Kind> kindsOf(RulesetDiff diff) {
		return only(diff).kinds();
	}

	private static RuleChange only(RulesetDiff diff) {
		assertThat(diff.changes()).hasSize(1);
		return diff.changes().get(0);
	}

	private static Ruleset ruleset(String version, List<RuleDefinition> rules) {
		return new Ruleset(version, Instant.EPOCH, "rules", rules.stream().map(RuleDefinition::file).toList(), rules);
	}

	private static Map<String, RuleSource> texts(List<RuleDefinition> rules, String text) {
		return rules.stream()
			.collect(Collectors.toMap(RuleDefinition::id, r -> new RuleSource(r.id(), r.file(), 1, text, null)));
	}

	private static RuleDefinition copy(RuleDefinition r, String title, String citation, Integer weight,
			LocalDate until) {
		return new RuleDefinition(r.id(), title, citation, r.source(), r.effect(), weight, r.tier(), r.approver(),
				r.recipient(), r.due(), r.inForceFrom(), until, r.layer(), r.file());
	}

}
