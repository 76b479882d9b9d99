package org.example.placement.ledger;

import java.time.Instant;
import java.util.Set;

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

	public static LogQuery all() {
		return new LogQuery(null, null, null, 0, Page.MAX_SIZE);
	}

}
