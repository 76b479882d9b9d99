package org.example.placement.web;

import java.security.Principal;

import org.jspecify.annotations.Nullable;

/**
 * Who is reading (or deciding), as the decision log and the access log record it: the
 * authenticated principal's name (the client id, once authentication lands), else, until then,
 * the {@code X-Calling-System} header as the calling system names itself; never a person's name.
 */
final class Reader {

	static final String CALLING_SYSTEM = "X-Calling-System";

	private Reader() {
	}

	static String of(@Nullable Principal principal, @Nullable String header) {
		if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
			return principal.getName();
		}
		if (header == null || header.isBlank()) {
			return "unknown";
		}
		String caller = header.strip();
		return caller.length() > 100 || !caller.matches("[A-Za-z0-9._:/@-]+") ? "invalid" : caller;
	}

}
