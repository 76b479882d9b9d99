package org.example.placement.page;

import java.util.List;

import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.security.ClientAccess;
import org.example.placement.sufficiency.AssessmentReplayer;
import org.example.placement.sufficiency.RecordedAssessment;
import org.example.placement.sufficiency.ReportFiles;
import org.example.placement.sufficiency.ReportPage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The sufficiency pages (role AUDIT, as the assessments' API): {@code /sufficiency}, the
 * kept assessments of the authorities the reader may see, newest first (the twin of
 * {@code GET /api/v1/sufficiency-assessments}); and {@code /sufficiency/{id}}, one
 * assessment's report with its charts, drawn by the same template the command line writes
 * ({@link ReportPage}, {@code templates/sufficiency.html}) from the report as it was
 * answered (the twin of {@code GET /api/v1/sufficiency-assessments/{id}}), and
 * access-logged as that read is. Another authority's is the same 404 as none.
 */
@Controller
class SufficiencyPages {

	private final AssessmentReplayer assessments;

	private final ReportPage page;

	private final AccessLog accessLog;

	SufficiencyPages(AssessmentReplayer assessments, ReportPage page, AccessLog accessLog) {
		this.assessments = assessments;
		this.page = page;
		this.accessLog = accessLog;
	}

	@GetMapping("/sufficiency")
	String list(@RequestParam(required = false) @Nullable String authority, Authentication reader, Model model) {
		model.addAttribute("authority", authority == null ? "" : authority.strip());
		model.addAttribute("assessments", assessments.list(authority, ClientAccess.of(reader).permittedAuthorities()));
		return "sufficiency-list";
	}

	@GetMapping("/sufficiency/{assessmentId}")
	ResponseEntity<String> report(@PathVariable String assessmentId, Authentication reader) {
		RecordedAssessment recorded = assessments.find(assessmentId)
			.filter(r -> ClientAccess.of(reader).mayActFor(r.authority()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessment with that id"));
		accessLog.record(reader.getName(), Kind.ASSESSMENT, List.of(recorded.assessmentId()));
		return ResponseEntity.ok()
			.contentType(MediaType.TEXT_HTML)
			.body(page.render(ReportFiles.read(recorded.reportJson())));
	}

}
