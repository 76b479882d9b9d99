package org.example.placement.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The log listed by a query, newest first, with how many decisions match in all. The
 * filters the record's columns hold (authority, dates, ruleset version, the reader's
 * authorities) are applied in SQL; a rule that fired is not a column (the fired rules are
 * stored with the record, compressed), so a query for one reads the records its other
 * filters leave, newest first, a chunk at a time, and keeps those where the rule fired.
 */
final class LogPages {

	private final JdbcClient jdbc;

	private final LedgerTables tables;

	private final LedgerJson json;

	private final int chunkSize;

	LogPages(JdbcClient jdbc, LedgerTables tables, LedgerJson json, int chunkSize) {
		this.jdbc = jdbc;
		this.tables = tables;
		this.json = json;
		this.chunkSize = chunkSize;
	}

	List<LedgerEntry> list(LogQuery query) {
		return query.ruleFired() == null ? tables.newestFirst(query) : scan(query).entries();
	}

	/**
	 * The page the query asks for, each entry as {@code logged} reads it, and the total.
	 */
	LogPage page(LogQuery query, Function<LedgerEntry, LoggedDecision> logged) {
		Counted counted = query.ruleFired() == null ? new Counted(tables.newestFirst(query), count(query))
				: scan(query);
		return new LogPage(counted.entries().stream().map(logged).toList(), counted.total(), query.page(),
				query.size());
	}

	/** How many entries match the query's filters, whatever its page. */
	private long count(LogQuery query) {
		Map<String, Object> params = new HashMap<>();
		String where = LedgerTables.where(LedgerTables.filters(query, params));
		return jdbc.sql("SELECT COUNT(*) FROM decision_record" + where).params(params).query(Long.class).single();
	}

	/**
	 * A chunk of the entries matching the query's filters before {@code beforeSequence},
	 * newest first.
	 */
	private List<LedgerEntry> newestBefore(LogQuery query, long beforeSequence) {
		Map<String, Object> params = new HashMap<>();
		List<String> conditions = LedgerTables.filters(query, params);
		conditions.add("sequence < :before");
		params.put("before", beforeSequence);
		params.put("limit", chunkSize);
		return jdbc
			.sql(LedgerTables.SELECT + LedgerTables.where(conditions)
					+ " ORDER BY sequence DESC FETCH FIRST :limit ROWS ONLY")
			.params(params)
			.query(LedgerTables::entry)
			.list();
	}

	/** Whether the entry matches the query's rule that fired, if it names one. */
	boolean fired(LogQuery query, LedgerEntry entry) {
		return query.ruleFired() == null || json.fires(entry.firedJson(), query.ruleFired());
	}

	/**
	 * Hands the entry on when it matches the query's rule that fired, if it names one.
	 */
	void ifFired(LogQuery query, LedgerEntry entry, Consumer<LedgerEntry> action) {
		if (fired(query, entry)) {
			action.accept(entry);
		}
	}

	private Counted scan(LogQuery query) {
		long skip = (long) query.page() * query.size();
		long matched = 0;
		long before = Long.MAX_VALUE;
		List<LedgerEntry> page = new ArrayList<>();
		List<LedgerEntry> chunk;
		do {
			chunk = newestBefore(query, before);
			for (LedgerEntry entry : chunk) {
				before = entry.sequence();
				if (fired(query, entry)) {
					if (matched >= skip && page.size() < query.size()) {
						page.add(entry);
					}
					matched++;
				}
			}
		}
		while (chunk.size() == chunkSize);
		return new Counted(page, matched);
	}

	/** A page of entries and the number matching in all. */
	record Counted(List<LedgerEntry> entries, long total) {
	}

}
