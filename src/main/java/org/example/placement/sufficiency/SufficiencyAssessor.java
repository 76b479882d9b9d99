package org.example.placement.sufficiency;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import org.example.placement.decision.DecisionLogUnavailableException;
import org.example.placement.decision.Geography;
import org.example.placement.decision.PlacementDecider;
import org.example.placement.decision.RulesetSources;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The use case: read the files, measure each year the data covers, let the duty rules
 * classify every child looked after at year end, ask the placement engine whether each
 * child placed outside the area could have been placed in it, and let the rules find the
 * providers and range gaps and the local targets. Depends only on the files, the year
 * end, the authority and the ruleset version, so an assessment replays exactly.
 */
@Service
public class SufficiencyAssessor {

	private final DutyRules rules;

	private final Geography geography;

	private final InAreaMatcher matcher;

	private final @Nullable AssessmentLog log;

	private final @Nullable UnmetNeedLog decisions;

	private final Clock clock;

	/** An assessor that records nothing: the command line, replays, tests. */
	public SufficiencyAssessor(DutyRules rules, PlacementDecider decider, Geography geography) {
		// the clock stamps recorded assessments only, so this one never reads it
		this(rules, decider, geography, null, null, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
	}

	/**
	 * An assessor that can also record, stamping with the application's clock, and read
	 * the live view of unmet need from the decision log: the one the service uses.
	 */
	@Autowired
	public SufficiencyAssessor(DutyRules rules, PlacementDecider decider, Geography geography,
			@Nullable AssessmentLog log, @Nullable UnmetNeedLog decisions, Clock clock) {
		this.rules = rules;
		this.geography = geography;
		this.matcher = new InAreaMatcher(decider, geography);
		this.log = log;
		this.decisions = decisions;
		this.clock = clock;
	}

	/**
	 * Assesses, with the live view of unmet need from the decision log (read for, and
	 * access-logged as, {@code caller}), and records the assessment (files, hashes,
	 * ruleset version, report) before returning it, so no assessment is answered
	 * unrecorded.
	 * @throws DecisionLogUnavailableException when the decision log cannot be read
	 */
	public Recorded assessAndRecord(String authority, LocalDate yearEnd, ReturnFiles files, String caller) {
		if (log == null || decisions == null) {
			throw new IllegalStateException("this assessor has no assessment log or decision log");
		}
		Outcome outcome = run(authority, yearEnd, files, Progress.NONE);
		SufficiencyReport report = outcome.report()
			.withUnmetNeed(UnmetNeedFromDecisions.read(decisions, authority, yearEnd, null, caller));
		String id = UUID.randomUUID().toString();
		log.record(new RecordedAssessment(id, clock.instant(), caller, authority, yearEnd, report.rulesetVersion(),
				files, ReportFiles.json(report)), outcome.sources());
		return new Recorded(id, report);
	}

	/**
	 * Assesses, with the live view of unmet need from the decision log when this assessor
	 * has one and it can be read ({@code reader} is recorded in its access log); when
	 * not, the report says so in {@code unmetNeedFromDecisions}. Records nothing: the
	 * command line.
	 */
	public SufficiencyReport assessWithDecisions(String authority, LocalDate yearEnd, ReturnFiles files,
			Progress progress, String reader) {
		SufficiencyReport report = run(authority, yearEnd, files, progress).report();
		if (decisions == null) {
			return report.withUnmetNeed(UnmetNeedFromDecisions.notIncluded(yearEnd, UnmetNeedFromDecisions.FILES_ONLY));
		}
		try {
			return report.withUnmetNeed(UnmetNeedFromDecisions.read(decisions, authority, yearEnd, null, reader));
		}
		catch (DecisionLogUnavailableException ex) {
			return report
				.withUnmetNeed(UnmetNeedFromDecisions.notIncluded(yearEnd, UnmetNeedFromDecisions.LOG_UNAVAILABLE));
		}
	}

	/** An assessment as recorded, under its id. */
	public record Recorded(String assessmentId, SufficiencyReport report) {
	}

	/**
	 * @throws MissingFilesException when header.csv, episodes.csv or supply.csv is not
	 * among the files
	 */
	public SufficiencyReport assess(String authority, LocalDate yearEnd, ReturnFiles files, Progress progress) {
		return run(authority, yearEnd, files, progress).report()
			.withUnmetNeed(UnmetNeedFromDecisions.notIncluded(yearEnd, UnmetNeedFromDecisions.FILES_ONLY));
	}

	private record Outcome(SufficiencyReport report, RulesetSources sources) {
	}

	private Outcome run(String authority, LocalDate yearEnd, ReturnFiles files, Progress progress) {
		if (!files.missing().isEmpty()) {
			throw new MissingFilesException(files.missing());
		}
		Return903 data = Return903.read(files);
		progress.step("reading", 1, 1);
		List<TrendPoint> trend = trend(data, authority, yearEnd, progress);
		Cohort cohort = Cohort.of(data, yearEnd, geography);
		Measures measures = Measures.of(cohort, authority, data.careLeaverAccommodation());
		DutyYear year = new DutyYear(yearEnd, authority);
		Classified classified = Classified.of(rules.evaluate(year, dutyChildren(cohort, data)), cohort);
		Supply supply = Supply.of(data.supply(), authority, geography);
		List<ChildDuty> matched = matcher.matchAll(classified.notMet(), supply.inAreaWithVacancies(), yearEnd,
				authority, progress);
		List<ChildDuty> children = classified.withMatches(matched);
		Gaps gaps = Gaps.of(children, supply, trend);
		DutyEvaluation second = rules.evaluate(year, gaps.facts());
		if (!second.rulesetVersion().equals(classified.rulesetVersion())) {
			// the rules were reloaded between the two evaluations: assess again, wholly
			// under one version
			return run(authority, yearEnd, files, progress);
		}
		return new Outcome(new SufficiencyReport(authority, yearEnd, classified.rulesetVersion(), measures,
				classified.duty(children), couldBePlaced(children), trend, gaps.findings(second), data.problems(),
				gaps.providers(), gaps.range(), EqualityBreakdown.of(children, authority), null, files.hashes(),
				children), second.sources());
	}

	private List<TrendPoint> trend(Return903 data, String authority, LocalDate yearEnd, Progress progress) {
		List<TrendPoint> trend = new ArrayList<>();
		LocalDate first = Cohort.firstYearEnd(data);
		if (first == null) {
			return trend;
		}
		int years = Math.max(0, yearEnd.getYear() - first.getYear() + 1);
		for (LocalDate end = first; !end.isAfter(yearEnd); end = end.plusYears(1)) {
			trend.add(TrendPoint.of(Cohort.of(data, end, geography), authority));
			progress.step("trend", trend.size(), years);
		}
		return trend;
	}

	private static List<DutyChild> dutyChildren(Cohort cohort, Return903 data) {
		return cohort.children()
			.stream()
			.map(c -> new DutyChild(c.child(), c.episode().place(), data.welfareExceptions().contains(c.child()),
					c.placementAuthority()))
			.toList();
	}

	private static SufficiencyReport.CouldBePlaced couldBePlaced(List<ChildDuty> children) {
		Map<String, List<String>> places = new TreeMap<>();
		int notMet = 0;
		int notRun = 0;
		for (ChildDuty child : children) {
			if (child.classification() != Classification.NOT_MET) {
				continue;
			}
			notMet++;
			if (!child.inAreaOptions().isEmpty()) {
				places.put(child.child().child(), child.inAreaOptions());
			}
			else if (child.matchedNote() != null && child.matchedNote().startsWith("not run")) {
				notRun++;
			}
		}
		return new SufficiencyReport.CouldBePlaced(places.size(), notMet, notRun, places);
	}

}
