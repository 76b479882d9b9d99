package org.example.placement.ledger;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which outcomes a report reads: one responsible authority's or all, decided between
 * {@code from} and {@code to} inclusive (either open), limited to the authorities a
 * reader may see ({@code permitted} null: every one).
 */
public record OutcomeQuery(@Nullable String authority, @Nullable LocalDate from, @Nullable LocalDate to,
		@Nullable Set<String> permitted) {

	public OutcomeQuery {
		permitted = permitted == null ? null : Set.copyOf(permitted);
	}

}
