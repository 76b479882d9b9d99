package org.example.placement.ledger;

import java.time.Instant;
import java.util.Set;

/**
 * Which logged decisions: by responsible authority and a recorded-at range (both
 * optional), and a page. {@code permittedAuthorities} limits the answer to the
 * authorities a reader may see; null means every authority (the commands, and a reader
 * allowed all).
 */
public record LogQuery(String responsibleAuthority, Instant from, Instant to, int page, int size,
		Set<String> permittedAuthorities) {

	public LogQuery {
		if (page < 0 || size < 1 || size > 1000) {
			throw new IllegalArgumentException("page must be >= 0 and size 1 to 1000");
		}
		permittedAuthorities = permittedAuthorities == null ? null : Set.copyOf(permittedAuthorities);
	}

	public LogQuery(String responsibleAuthority, Instant from, Instant to, int page, int size) {
		this(responsibleAuthority, from, to, page, size, null);
	}

	public static LogQuery all() {
		return new LogQuery(null, null, null, 0, 1000);
	}

}
