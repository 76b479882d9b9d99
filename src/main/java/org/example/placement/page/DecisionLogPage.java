package org.example.placement.page;

import java.util.List;

import org.example.placement.geography.Authorities;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.LogPage;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.security.ClientAccess;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The decision log as a page ({@code /decisions}), for AUDIT readers: newest first, the
 * decisions of the authorities the reader may see, filtered by authority, dates, ruleset
 * version and a rule that fired, a page of {@value LogFilters#SIZE} at a time with the
 * total. The same query as the log's API ({@code DecisionLedger#page}); every decision
 * listed is recorded in the access log as read, as the API's listing records it.
 */
@Controller
class DecisionLogPage {

	private final DecisionLedger log;

	private final AccessLog accessLog;

	private final Authorities names;

	DecisionLogPage(DecisionLedger log, AccessLog accessLog, Authorities names) {
		this.log = log;
		this.accessLog = accessLog;
		this.names = names;
	}

	@GetMapping("/decisions")
	String decisions(@ModelAttribute("filters") LogFilters filters, Authentication reader, Model model) {
		ClientAccess access = ClientAccess.of(reader);
		List<String> problems = filters.problems(access);
		model.addAttribute("problems", problems);
		if (problems.isEmpty()) {
			LogPage page = log.page(filters.query(access.permittedAuthorities()));
			accessLog.record(reader.getName(), Kind.LIST,
					page.decisions().stream().map(LoggedDecision::decisionId).toList());
			model.addAttribute("page", page);
			model.addAttribute("rows", page.decisions().stream().map(this::row).toList());
		}
		return "decisions";
	}

	private Row row(LoggedDecision d) {
		return new Row(d.decisionId(), d.recordedAt().toString().replace('T', ' ').replaceFirst("\\.\\d+", ""),
				Words.authority(d.responsibleAuthority(), names), d.asOf().toString(), d.rulesetVersion(), d.caller());
	}

	/** A line of the listing: enough to find a decision, nothing about the child. */
	public record Row(String decisionId, String recordedAt, String authority, String asOf, String rulesetVersion,
			String caller) {
	}

}
