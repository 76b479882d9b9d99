package org.example.placement.web;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LogPage;
import org.example.placement.ledger.LogQuery;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.Replay;
import org.example.placement.page.DecisionPage;
import org.example.placement.security.ClientAccess;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;
import java.time.LocalDate;

/**
 * The decision log over HTTP, for auditors (role AUDIT), each seeing only the decisions
 * of the responsible authorities it may read: a stored decision exactly as it was sent, a
 * page of decisions by authority and date, and an exact replay under the rules of the day
 * (or, for a decision that cannot be replayed, why: a {@code 200} like any other replay,
 * never a 500). Every read is recorded in the {@link AccessLog} (who, when, which
 * decisions, how) before it is served; a read that cannot be recorded is not served (503,
 * as when the decision log is down).
 */
@RestController
class DecisionLogController {

	/** How many decisions match a listing's query in all, whatever its page. */
	static final String TOTAL_COUNT = "X-Total-Count";

	private final DecisionLedger log;

	private final DecisionReplayer replayer;

	private final AccessLog accessLog;

	private final ReadableDecisions decisions;

	private final JsonMapper json;

	private final DecisionPage pages;

	private final LargeWork large;

	DecisionLogController(DecisionLedger log, DecisionReplayer replayer, AccessLog accessLog,
			ReadableDecisions decisions, JsonMapper json, DecisionPage page, LargeWork large) {
		this.log = log;
		this.replayer = replayer;
		this.accessLog = accessLog;
		this.decisions = decisions;
		this.json = json;
		this.pages = page;
		this.large = large;
	}

	/**
	 * The response body exactly as it was recorded when the decision was made, or with
	 * {@code ?explain=full} that decision in the full shape ({@link Explain}), built
	 * while holding a permit for large work ({@link LargeWork}) when the compact answer
	 * is over {@code placement.api.large-request-bytes}: the full shape is some four
	 * times larger.
	 */
	@GetMapping(path = DecisionController.DECISIONS + "/{decisionId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> find(@PathVariable String decisionId,
			@RequestParam(name = Explain.PARAM, required = false) String explain, Authentication reader) {
		boolean full = Explain.full(explain);
		LoggedDecision logged = decisions.require(decisionId, reader);
		accessLog.record(reader.getName(), Kind.GET, List.of(logged.decisionId()));
		String recorded = logged.responseJson();
		String body = full ? large.served(recorded.length(), () -> Explain.full(recorded, json)) : recorded;
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/**
	 * The decision's page ({@code templates/decision.html}) for a caller that asks for
	 * HTML: the same page as {@code /decisions/{id}}, read and recorded as the JSON is.
	 */
	@GetMapping(path = DecisionController.DECISIONS + "/{decisionId}", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(@PathVariable String decisionId,
			@RequestParam(name = Explain.PARAM, required = false) String explain, Authentication reader) {
		Explain.full(explain);
		LoggedDecision logged = decisions.require(decisionId, reader);
		accessLog.record(reader.getName(), Kind.GET, List.of(logged.decisionId()));
		return new ModelAndView("decision", pages.model(logged, reader));
	}

	/**
	 * A page of the log, newest first, by authority, dates, ruleset version and a rule
	 * that fired; {@code X-Total-Count} says how many match in all. The log page runs the
	 * same query.
	 */
	@GetMapping(DecisionController.DECISIONS)
	ResponseEntity<List<LogEntry>> list(@RequestParam(required = false) String authority,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			@RequestParam(required = false) String rulesetVersion, @RequestParam(required = false) String rule,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "50") @Min(1) @Max(Paging.MAX_SIZE) int size, Authentication reader) {
		ClientAccess access = ClientAccess.of(reader);
		if (authority != null && !access.mayActFor(authority)) {
			throw new AccessDeniedException("this client may not read that responsible authority's decisions");
		}
		LogPage found = log
			.page(new LogQuery(authority, from, to, rulesetVersion, rule, page, size, access.permittedAuthorities()));
		List<LogEntry> entries = found.decisions().stream().map(LogEntry::of).toList();
		// an empty page read no decision, so it records nothing
		accessLog.record(reader.getName(), Kind.LIST, entries.stream().map(LogEntry::decisionId).toList());
		return ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(found.total())).body(entries);
	}

	/**
	 * The decision decided again under its own ruleset and compared with the record; like
	 * reading it in full, it holds a permit for large work when its compact answer is
	 * over {@code placement.api.large-request-bytes} ({@link LargeWork}).
	 */
	@PostMapping(DecisionController.DECISIONS + "/{decisionId}/replay")
	Replay replay(@PathVariable String decisionId, Authentication reader) {
		LoggedDecision logged = decisions.require(decisionId, reader);
		accessLog.record(reader.getName(), Kind.REPLAY, List.of(logged.decisionId()));
		return large.served(logged.responseJson().length(), () -> replayer.replay(logged));
	}

	/** A line of the listing: enough to find a decision, nothing about the child. */
	record LogEntry(long sequence, String decisionId, Instant recordedAt, String caller, String responsibleAuthority,
			LocalDate asOf, String rulesetVersion) {

		static LogEntry of(LoggedDecision d) {
			return new LogEntry(d.sequence(), d.decisionId(), d.recordedAt(), d.caller(), d.responsibleAuthority(),
					d.asOf(), d.rulesetVersion());
		}

	}

}
