package org.example.placement.decision;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule definition's own {@code equals} is the record's: equal when every component is,
 * unequal when any one differs, and its hash code is the record's.
 */
class RuleDefinitionTests {

	private static final LocalDate APRIL_2011 = LocalDate.of(2011, 4, 1);

	private static final RuleDefinition RULE = new RuleDefinition("LOCAL-DEFAULT-010", "Within 5 miles",
			"Children Act 1989 s22C(8)(a)", "https://example.org/22C", Effect.PREFER, 20, Tier.OTHER,
			Approver.NOMINATED_OFFICER, "the IRO", "5 working days", APRIL_2011, APRIL_2011.plusYears(9),
			"local/default", "local/default/distance-from-home.drl.csv");

	@Test
	void isEqualToACopyAndUnequalWhenAnyOneComponentDiffers() throws Exception {
		RuleDefinition copy = with(-1, null);
		assertThat(copy).isNotSameAs(RULE).isEqualTo(RULE);
		assertThat(copy.hashCode()).isEqualTo(RULE.hashCode());
		RecordComponent[] components = RuleDefinition.class.getRecordComponents();
		for (int i = 0; i < components.length; i++) {
			RuleDefinition other = with(i, changed(components[i].getType(), components[i].getAccessor().invoke(RULE)));
			assertThat(other).as(components[i].getName()).isNotEqualTo(RULE);
			assertThat(RULE).as(components[i].getName()).isNotEqualTo(other);
		}
		assertThat(RULE).isNotEqualTo(null).isNotEqualTo("LOCAL-DEFAULT-010");
	}

	@Test
	void aNullComponentEqualsOnlyNull() throws Exception {
		RuleDefinition withoutSource = with(3, null);
		assertThat(withoutSource).isEqualTo(with(3, null)).isNotEqualTo(RULE);
		assertThat(RULE).isNotEqualTo(withoutSource);
	}

	/**
	 * A copy of {@link #RULE} with component {@code at} (if any) set to {@code value}.
	 */
	private static RuleDefinition with(int at, Object value) throws Exception {
		RecordComponent[] components = RuleDefinition.class.getRecordComponents();
		List<Object> values = new ArrayList<>();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			Object own = components[i].getAccessor().invoke(RULE);
			values.add(i == at ? value : (own instanceof String text ? new String(text) : own));
			types[i] = components[i].getType();
		}
		return RuleDefinition.class.getDeclaredConstructor(types).newInstance(values.toArray());
	}

	/** A value of {@code type} other than {@code value}, valid in a rule definition. */
	private static Object changed(Class<?> type, Object value) {
		if (type == String.class) {
			String text = (String) value;
			return text.startsWith("local/") ? text.replace("default", "E06000047") : text + "1";
		}
		if (type == LocalDate.class) {
			return ((LocalDate) value).plusDays(1);
		}
		if (type == Integer.class) {
			return (Integer) value + 1;
		}
		Object[] constants = type.getEnumConstants();
		return constants[(((Enum<?>) value).ordinal() + 1) % constants.length];
	}

}
