package org.example.placement.page;

import java.util.List;

import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.ledger.DecisionLedger;
import org.example.placement.ledger.DecisionReplayer;
import org.example.placement.ledger.LoggedDecision;
import org.example.placement.security.ClientAccess;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A decision's page ({@code /decisions/{id}}), its replay button and its PDF, for AUDIT
 * readers of the decision's authority (another authority's decision is the same 404 as
 * none). Every read, of the page, the PDF or a replay, is recorded in the access log as
 * the API's are, before it is served.
 */
@Controller
class DecisionPages {

	static final String PAGE = "/decisions/{decisionId}";

	private final DecisionLedger log;

	private final DecisionReplayer replayer;

	private final AccessLog accessLog;

	private final DecisionPage pages;

	private final DecisionPdf pdf;

	DecisionPages(DecisionLedger log, DecisionReplayer replayer, AccessLog accessLog, DecisionPage pages,
			DecisionPdf pdf) {
		this.log = log;
		this.replayer = replayer;
		this.accessLog = accessLog;
		this.pages = pages;
		this.pdf = pdf;
	}

	@GetMapping(PAGE)
	String decision(@PathVariable String decisionId, Authentication reader, Model model) {
		LoggedDecision logged = read(decisionId, reader, Kind.GET);
		model.addAttribute("decision", pages.view(logged));
		return "decision";
	}

	/** Replays the decision and shows the page with the outcome. */
	@PostMapping(PAGE + "/replay")
	String replay(@PathVariable String decisionId, Authentication reader, Model model) {
		LoggedDecision logged = read(decisionId, reader, Kind.REPLAY);
		model.addAttribute("decision", pages.view(logged));
		model.addAttribute("replay", replayer.replay(logged));
		return "decision";
	}

	@GetMapping(PAGE + ".pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String decisionId, Authentication reader) {
		LoggedDecision logged = read(decisionId, reader, Kind.GET);
		byte[] body = pdf.render(pages.view(logged));
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("decision-" + logged.decisionId() + ".pdf")
						.build()
						.toString())
			.body(body);
	}

	private LoggedDecision read(String decisionId, Authentication reader, Kind kind) {
		ClientAccess access = ClientAccess.of(reader);
		LoggedDecision logged = log.find(decisionId)
			.filter(decision -> access.mayActFor(decision.responsibleAuthority()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no decision with that id"));
		accessLog.record(reader.getName(), kind, List.of(logged.decisionId()));
		return logged;
	}

}
