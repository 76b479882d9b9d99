package org.example.placement.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.example.placement.ledger.LogQuery;
import org.example.placement.security.ClientAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The log page's filters as a person types them: an authority's ONS code, dates
 * ({@code yyyy-mm-dd}, a whole day in England: "to" includes its day), a ruleset version
 * and a rule id, each optional; blank is none. What cannot be read is said, by field, and
 * the listing is then not run.
 */
public record LogFilters(@Nullable String authority, @Nullable String from, @Nullable String to,
		@Nullable String rulesetVersion, @Nullable String rule, @Nullable Integer page) {

	static final int SIZE = 25;

	private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

	public LogFilters {
		authority = blankIsNull(authority);
		from = blankIsNull(from);
		to = blankIsNull(to);
		rulesetVersion = blankIsNull(rulesetVersion);
		rule = blankIsNull(rule);
		page = page == null ? 1 : Math.max(page, 1);
	}

	/** What is wrong with the filters, one sentence a field; empty when they read. */
	List<String> problems(ClientAccess access) {
		List<String> problems = new ArrayList<>();
		if (authority != null && !access.mayActFor(authority)) {
			problems.add("Authority: you may not see the decisions of " + authority + ".");
		}
		if (from != null && date(from) == null) {
			problems.add("From: '" + from + "' is not a date like 2026-04-01.");
		}
		if (to != null && date(to) == null) {
			problems.add("To: '" + to + "' is not a date like 2026-04-30.");
		}
		return problems;
	}

	/** The one query of the log's API, for these filters and the reader's authorities. */
	LogQuery query(Set<String> permitted) {
		Instant start = from == null ? null : date(from).atStartOfDay(ENGLAND).toInstant();
		Instant end = to == null ? null : date(to).plusDays(1).atStartOfDay(ENGLAND).toInstant();
		return new LogQuery(authority, start, end, rulesetVersion, rule, page - 1, SIZE, permitted);
	}

	/** The address of another page of the same listing. */
	public String pageUrl(int other) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/decisions");
		add(url, "authority", authority);
		add(url, "from", from);
		add(url, "to", to);
		add(url, "rulesetVersion", rulesetVersion);
		add(url, "rule", rule);
		return url.queryParam("page", other).encode().build().toUriString();
	}

	private static void add(UriComponentsBuilder url, String name, @Nullable String value) {
		if (value != null) {
			url.queryParam(name, value);
		}
	}

	private static @Nullable LocalDate date(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static @Nullable String blankIsNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
