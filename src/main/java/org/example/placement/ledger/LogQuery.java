package org.example.placement.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Which logged decisions: by responsible authority, a recorded-at range, the ruleset
 * version decided under and a rule that fired (each optional), and a page.
 * {@code permittedAuthorities} limits the answer to the authorities a reader may see;
 * null means every authority (the commands, and a reader allowed all).
 */
public record LogQuery(String responsibleAuthority, Instant from, Instant to, String rulesetVersion, String ruleFired,
		int page, int size, Set<String> permittedAuthorities) {

	public LogQuery {
		Page.check(page, size);
		permittedAuthorities = permittedAuthorities == null ? null : Set.copyOf(permittedAuthorities);
	}

	public LogQuery(String responsibleAuthority, Instant from, Instant to, int page, int size,
			Set<String> permittedAuthorities) {
		this(responsibleAuthority, from, to, null, null, page, size, permittedAuthorities);
	}

	public LogQuery(String responsibleAuthority, Instant from, Instant to, int page, int size) {
		this(responsibleAuthority, from, to, page, size, null);
	}

	/**
	 * Every decision of {@code authority} (any when null or blank) recorded from the day
	 * {@code from} to the day {@code to} (UTC, both included, either open), of the
	 * permitted authorities: what an impact analysis re-runs.
	 */
	public static LogQuery recorded(@Nullable String authority, @Nullable LocalDate from, @Nullable LocalDate to,
			@Nullable Set<String> permittedAuthorities) {
		return new LogQuery(authority == null || authority.isBlank() ? null : authority.strip(),
				from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), 0, Page.MAX_SIZE,
				permittedAuthorities);
	}

	public static LogQuery all() {
		return new LogQuery(null, null, null, 0, Page.MAX_SIZE);
	}

}
