package org.example.placement.decision;

import java.time.Instant;

/** Which logged decisions: by responsible authority and a recorded-at range (both optional), and a page. */
public record LogQuery(String responsibleAuthority, Instant from, Instant to, int page, int size) {

	public LogQuery {
		if (page < 0 || size < 1 || size > 1000) {
			throw new IllegalArgumentException("page must be >= 0 and size 1 to 1000");
		}
	}

	public static LogQuery all() {
		return new LogQuery(null, null, null, 0, 1000);
	}

}
