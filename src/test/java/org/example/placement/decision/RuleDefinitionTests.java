package org.example.placement.decision;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rule definition's equality, written out, is the record's: equal exactly when every
 * component is, and its hash the record's own.
 */
class RuleDefinitionTests {

	/** Every component set. */
	private static final Object[] ONE = { "ENG-S22C-8A", "Near home", "Children Act 1989 s22C(8)(a)", "source",
			Effect.PREFER, 10, Tier.PARENT, Approver.COURT, "recipient", "5 days", LocalDate.of(2011, 4, 1),
			LocalDate.of(2030, 1, 1), "england", "england/preference/near-home.drl" };

	/** Each component different from {@link #ONE}'s. */
	private static final Object[] OTHER = { "ENG-S22C-8B", "Far", "Children Act 1989 s22C(9)", "other",
			Effect.DISFAVOUR, 11, Tier.OTHER, Approver.PANEL, "someone", "6 days", LocalDate.of(2012, 4, 1),
			LocalDate.of(2031, 1, 1), "wales", "wales/preference/near-home.drl" };

	@Test
	void equalExactlyWhenEveryComponentIsAndHashedAsTheRecord() throws Exception {
		Constructor<RuleDefinition> make = RuleDefinition.class
			.getDeclaredConstructor(Arrays.stream(RuleDefinition.class.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new));
		RuleDefinition one = make.newInstance(copies(ONE));
		RuleDefinition same = make.newInstance(copies(ONE));
		assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(null).isNotEqualTo("ENG-S22C-8A");
		assertThat(one.hashCode()).isEqualTo(recordHash(ONE));
		for (int at = 0; at < ONE.length; at++) {
			Object[] changed = ONE.clone();
			changed[at] = OTHER[at];
			assertThat(make.newInstance(changed)).as("component %d", at).isNotEqualTo(one);
			changed[at] = null;
			if (at != 0 && at != 1 && at != 2 && at != 4 && at != 10 && at != 12 && at != 13) {
				RuleDefinition withNull = make.newInstance(changed);
				assertThat(withNull).as("component %d null", at).isNotEqualTo(one).isEqualTo(make.newInstance(changed));
				assertThat(withNull.hashCode()).isEqualTo(recordHash(changed));
			}
		}
	}

	/** As {@code java.lang.runtime.ObjectMethods} combines a record's components. */
	private static int recordHash(Object... components) {
		int hash = 0;
		for (Object component : components) {
			hash = hash * 31 + Objects.hashCode(component);
		}
		return hash;
	}

	/** Equal values, the strings distinct instances, so equality is not identity. */
	private static Object[] copies(Object[] values) {
		return Arrays.stream(values)
			.map((value) -> (value instanceof String text) ? new String(text.toCharArray()) : value)
			.toArray();
	}

}
