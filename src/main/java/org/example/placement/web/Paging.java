package org.example.placement.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The {@code page} and {@code size} parameters every listing takes, checked one way: 400
 * when out of range.
 */
final class Paging {

	static final int MAX_SIZE = 1000;

	private Paging() {
	}

	static void check(int page, int size) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be >= 0 and size 1 to " + MAX_SIZE);
		}
	}

}
