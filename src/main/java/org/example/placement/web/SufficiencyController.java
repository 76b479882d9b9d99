package org.example.placement.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.example.placement.decision.InvalidRequestException;
import org.example.placement.ledger.AccessLog;
import org.example.placement.ledger.AccessLog.Kind;
import org.example.placement.security.ClientAccess;
import org.example.placement.sufficiency.AssessmentReplayer;
import org.example.placement.sufficiency.AssessmentSummary;
import org.example.placement.sufficiency.RecordedAssessment;
import org.example.placement.sufficiency.ReportPage;
import org.example.placement.sufficiency.SufficiencyAssessor;
import org.example.placement.sufficiency.SufficiencyReport;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code POST /api/v1/sufficiency-assessments}: the sufficiency duty (s22G) assessed from
 * the authority's SSDA903 files and supply list (multipart, one part per file, named as
 * the file), answered 201 with the report (the live view of unmet need from the decision
 * log included) and recorded with its files, their hashes and the ruleset version, so
 * {@code GET .../{id}} serves it again and {@code POST .../{id}/replay} replays it
 * exactly; a browser ({@code Accept: text/html} without JSON) gets the printable page
 * instead. The client must hold AUDIT for the authority; a recorded assessment of another
 * authority is the same 404 as an unknown id. Every run counts in
 * {@code placement.sufficiency.runs} by {@code outcome}: {@code assessed},
 * {@code refused} (400, 403, 422) or {@code failed}.
 */
@RestController
class SufficiencyController {

	static final String ASSESSMENTS = "/api/v1/sufficiency-assessments";

	static final String RUNS = "placement.sufficiency.runs";

	private final SufficiencyAssessor assessor;

	private final AssessmentReplayer replayer;

	private final MeterRegistry registry;

	private final ReportPage page;

	private final AccessLog accessLog;

	SufficiencyController(SufficiencyAssessor assessor, AssessmentReplayer replayer,
			ObjectProvider<MeterRegistry> registry, ReportPage page, AccessLog accessLog) {
		this.assessor = assessor;
		this.replayer = replayer;
		this.page = page;
		this.accessLog = accessLog;
		this.registry = registry.getIfAvailable(SimpleMeterRegistry::new);
	}

	@PostMapping(path = ASSESSMENTS, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<?> assess(MultipartHttpServletRequest request, Authentication client) {
		String outcome = "failed";
		try {
			AssessmentRequest parsed;
			try {
				parsed = AssessmentRequest.read(request);
			}
			catch (InvalidBodyException | InvalidRequestException ex) {
				outcome = "refused";
				throw ex;
			}
			if (!ClientAccess.of(client).mayActFor(parsed.authority())) {
				outcome = "refused";
				throw new AccessDeniedException("this client may not assess for that authority");
			}
			SufficiencyAssessor.Recorded recorded = assessor.assessAndRecord(parsed.authority(), parsed.yearEnd(),
					parsed.files(), client.getName());
			outcome = "assessed";
			URI location = UriComponentsBuilder.fromPath(ASSESSMENTS + "/{id}")
				.buildAndExpand(recorded.assessmentId())
				.toUri();
			return answer(ResponseEntity.created(location), recorded.report(), request);
		}
		finally {
			registry.counter(RUNS, "outcome", outcome).increment();
		}
	}

	/**
	 * The report as JSON, or, for a caller that asks for HTML and not JSON (a browser),
	 * as the printable page ({@code sufficiency.html}, {@link ReportPage}).
	 */
	private ResponseEntity<?> answer(ResponseEntity.BodyBuilder created, SufficiencyReport report,
			HttpServletRequest request) {
		List<MediaType> accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
		boolean page = accepted.stream().anyMatch(MediaType.TEXT_HTML::equalsTypeAndSubtype)
				&& accepted.stream().noneMatch(MediaType.APPLICATION_JSON::equalsTypeAndSubtype);
		if (page) {
			return created.contentType(MediaType.TEXT_HTML).body(this.page.render(report));
		}
		return created.body(report);
	}

	/**
	 * The kept assessments the client may read, newest first ({@code authority} narrows
	 * to one); nothing of their children, so not access-logged.
	 */
	@GetMapping(path = ASSESSMENTS, produces = MediaType.APPLICATION_JSON_VALUE)
	List<AssessmentSummary> list(@RequestParam(required = false) @Nullable String authority, Authentication client) {
		return replayer.list(authority, ClientAccess.of(client).permittedAuthorities());
	}

	/**
	 * A recorded assessment's report exactly as it was answered; recorded in the access
	 * log (kind {@code ASSESSMENT}) before it is served.
	 */
	@GetMapping(path = ASSESSMENTS + "/{assessmentId}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<String> find(@PathVariable String assessmentId, Authentication client) {
		RecordedAssessment recorded = require(assessmentId, client);
		accessLog.record(client.getName(), Kind.ASSESSMENT, List.of(recorded.assessmentId()));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(recorded.reportJson());
	}

	/**
	 * Replays a recorded assessment: 200 with whether it is identical; recorded in the
	 * access log (kind {@code ASSESSMENT_REPLAY}) first.
	 */
	@PostMapping(ASSESSMENTS + "/{assessmentId}/replay")
	ReplayAnswer replay(@PathVariable String assessmentId, Authentication client) {
		RecordedAssessment recorded = require(assessmentId, client);
		accessLog.record(client.getName(), Kind.ASSESSMENT_REPLAY, List.of(recorded.assessmentId()));
		AssessmentReplayer.Replay replay = replayer.replay(recorded, client.getName());
		return new ReplayAnswer(replay.assessmentId(), replay.rulesetVersion(), replay.identical());
	}

	/**
	 * The assessment, when the client may read its authority's: another authority's is
	 * the same 404 as no assessment at all, so a client learns nothing of it.
	 */
	private RecordedAssessment require(String assessmentId, Authentication client) {
		ClientAccess access = ClientAccess.of(client);
		return replayer.find(assessmentId)
			.filter(recorded -> access.mayActFor(recorded.authority()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no assessment with that id"));
	}

	/** What a replay answers. */
	record ReplayAnswer(String assessmentId, String rulesetVersion, boolean identical) {
	}

}
