package org.example.placement.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.example.placement.decision.Candidate;
import org.example.placement.decision.Candidate.ApprovalTerms;
import org.example.placement.decision.CarerApproval;
import org.example.placement.decision.Child;
import org.example.placement.decision.Evaluation;
import org.example.placement.decision.Situation;
import org.example.placement.support.CandidateBuilder;
import org.example.placement.support.Candidates;
import org.example.placement.support.Children;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ENG-CPR-R22-1, WAL-CPR-R23-1 and ENG-S22C-8C-2 read the terms of approval through
 * methods on the candidate ({@code WithinApprovalTerms}) instead of
 * {@code approvalTerms.minAge} and the like: they fire for exactly the candidates the
 * constraints as first written fired for, and every constraint of the shipped rules is
 * compiled to bytecode by Drools even when the first candidates it meets send no terms,
 * which the constraints as first written were not (they were then interpreted for every
 * candidate). Drools is asked to compile each constraint at its first evaluation
 * ({@code drools.jittingThreshold} 0) so that the first candidates decide, and says so in
 * a warning when it cannot.
 */
class ApprovalTermsRulesTests {

	/** Each rewritten constraint: its file, as shipped, and as first written. */
	private static final String[][] REWRITTEN = {
			{ "england/facts/approval-terms.drl", "outsideApprovedAges( $age )", AGES_BEFORE() },
			{ "wales/facts/approval-terms.drl", "outsideApprovedAges( $age )", AGES_BEFORE() },
			{ "england/preference/keep-siblings-together.drl",
					"approvalAllowsChildren( childrenFosteredWith( $group ) )",
					"( approvalTerms == null || approvalTerms.maxChildren == null\n"
							+ "                       || childrenFosteredWith( $group ) <= approvalTerms.maxChildren )" } };

	private static final String WALES = "W06000015";

	private static final int AGE = 13;

	@TempDir
	static Path before;

	private static CompiledRuleEngine shipped;

	private static CompiledRuleEngine asFirstWritten;

	private static List<String> shippedWarnings;

	private static List<String> asFirstWrittenWarnings;

	private static String AGES_BEFORE() {
		return "approvalTerms != null && ( approvalTerms.minAge != null && $age < approvalTerms.minAge\n"
				+ "                            || approvalTerms.maxAge != null && $age > approvalTerms.maxAge )";
	}

	@BeforeAll
	static void buildBothAndMeetBareCandidatesFirst() throws IOException {
		copyAsFirstWritten(Path.of("rules"), before);
		String threshold = System.setProperty("drools.jittingThreshold", "0");
		ListAppender<ILoggingEvent> logged = new ListAppender<>();
		logged.start();
		Logger drools = (Logger) LoggerFactory.getLogger("org.drools.mvel.MVELConstraint");
		drools.addAppender(logged);
		try {
			RulesetCompiler compiler = new RulesetCompiler(BuildMode.MVEL, Clock.systemUTC());
			shipped = new CompiledRuleEngine(compiler.compile(RuleFiles.read(Path.of("rules"))));
			asFirstWritten = new CompiledRuleEngine(compiler.compile(RuleFiles.read(before)));
			shippedWarnings = jittingWarnings(shipped, logged);
			asFirstWrittenWarnings = jittingWarnings(asFirstWritten, logged);
		}
		finally {
			drools.detachAppender(logged);
			if (threshold == null) {
				System.clearProperty("drools.jittingThreshold");
			}
			else {
				System.setProperty("drools.jittingThreshold", threshold);
			}
		}
	}

	@AfterAll
	static void release() {
		shipped = null;
		asFirstWritten = null;
	}

	@Test
	void everyShippedConstraintIsCompiledWhenTheFirstCandidatesSendNoTerms() {
		assertThat(shippedWarnings).isEmpty();
		assertThat(asFirstWrittenWarnings).as("the constraints as first written")
			.anyMatch((warning) -> warning.contains("approvalTerms.minAge"))
			.anyMatch((warning) -> warning.contains("approvalTerms.maxChildren"));
	}

	@Test
	void theAgeAndVacancyRulesFireForTheSameCandidatesAsFirstWritten() {
		for (String authority : List.of(Children.DURHAM, WALES)) {
			List<String> fired = sameFindingsAndTrace(authority, Children.aThirteenYearOldInCare());
			String rule = authority.equals(WALES) ? "WAL-CPR-R23-1@" : "ENG-CPR-R22-1@";
			assertThat(fired).filteredOn((firing) -> firing.startsWith(rule))
				.hasSizeBetween(10, grid().size() - 10)
				.contains(rule + "C-0-0-1-1-0-0", rule + "C-0-3-0-0-0-0")
				.doesNotContain(rule + "C-0-0-0-0-0-0", rule + "C-0-2-2-0-0-0", rule + "C-2-3-3-0-0-0");
		}
	}

	@Test
	void theSiblingGroupRuleFiresForTheSameCandidatesAsFirstWritten() {
		Child withSiblings = Children.aChild().withSiblingsToBePlaced(List.of("SIB-1", "SIB-2")).build();

		List<String> fired = sameFindingsAndTrace(Children.DURHAM, withSiblings);

		assertThat(fired).filteredOn((firing) -> firing.startsWith("ENG-S22C-8C-2@"))
			.hasSizeBetween(10, grid().size() - 10);
		sameFindingsAndTrace(WALES, withSiblings);
	}

	/** The rules' findings and trace, the same in both; the shipped ones returned. */
	private static List<String> sameFindingsAndTrace(String authority, Child child) {
		Situation situation = new Situation(Children.AS_OF, authority, false, AGE, true, authority);
		List<String> now = fired(shipped.evaluate(situation, child, grid()));
		List<String> then = fired(asFirstWritten.evaluate(situation, child, grid()));
		assertThat(now).as(authority).isEqualTo(then);
		return now;
	}

	private static List<String> fired(Evaluation evaluation) {
		return Stream.concat(evaluation.matches().stream(), evaluation.firings().stream())
			.map((match) -> match.rule().id() + "@" + match.candidateRef())
			.sorted()
			.toList();
	}

	/**
	 * Foster parents (connected, other) and a children's home, each bound of the age
	 * range missing, below, at and above the child's age, and vacancies, children placed
	 * and the approval's number of children around a group of three: ref
	 * {@code C-kind-min-max-vacancies-placed-number}, 0 standing for none.
	 */
	static List<Candidate> grid() {
		List<Integer> bounds = Arrays.asList(null, AGE - 1, AGE, AGE + 1);
		List<Integer> counts = Arrays.asList(null, 0, 1, 3);
		List<Candidate> grid = new ArrayList<>();
		for (int kind = 0; kind < 3; kind++) {
			for (int min = 0; min < 4; min++) {
				for (int max = 0; max < 4; max++) {
					for (int vacancies = 0; vacancies < 4; vacancies++) {
						for (int placed = 0; placed < 4; placed++) {
							for (int number = 0; number < 4; number++) {
								String ref = String.join("-", "C", "" + kind, "" + min, "" + max, "" + vacancies,
										"" + placed, "" + number);
								ApprovalTerms terms = (min + max + number == 0) ? null
										: new ApprovalTerms(bounds.get(min), bounds.get(max), counts.get(number));
								grid.add(ofKind(kind, ref).withApprovalTerms(terms)
									.vacancies(counts.get(vacancies))
									.alreadyFostering(counts.get(placed))
									.build());
							}
						}
					}
				}
			}
		}
		return grid;
	}

	private static CandidateBuilder ofKind(int kind, String ref) {
		CandidateBuilder candidate = Candidates.anApprovedFosterCarerCalled(ref);
		return switch (kind) {
			case 0 -> candidate;
			case 1 -> candidate.connectedPerson();
			default -> candidate.coded("K2").approved(null);
		};
	}

	/**
	 * Candidates with nothing but a PLACE code, a few located and a few approved, for an
	 * English and a Welsh authority, a child with and without siblings to be placed: the
	 * warnings Drools logged meanwhile that a constraint was left interpreted.
	 */
	private static List<String> jittingWarnings(CompiledRuleEngine engine, ListAppender<ILoggingEvent> logged) {
		logged.list.clear();
		String[] types = { "U1", "U2", "U3", "U4", "U5", "U6", "K1", "K2", "H5", "P1", "P2", "P3", "R1", "R2", "S1",
				"Z1", "T0", "A3" };
		List<Candidate> bare = new ArrayList<>();
		for (int i = 0; i < 36; i++) {
			CandidateBuilder candidate = Candidates.aCandidate().called("B-" + i).coded(types[i % types.length]);
			if (i % 2 == 0) {
				candidate.locatedIn(Children.DURHAM, "3.0");
			}
			bare.add((i % 3 == 0) ? candidate.approved(CarerApproval.APPROVED).build() : candidate.build());
		}
		Child withSiblings = Children.aChild().withSiblingsToBePlaced(List.of("SIB-1", "SIB-2")).build();
		for (String authority : List.of(Children.DURHAM, WALES)) {
			Situation situation = new Situation(Children.AS_OF, authority, false, AGE, true, authority);
			engine.evaluate(situation, Children.aThirteenYearOldInCare(), bare);
			engine.evaluate(situation, withSiblings, bare);
		}
		return logged.list.stream()
			.map(ILoggingEvent::getFormattedMessage)
			.filter((message) -> message.contains("Exception jitting"))
			.toList();
	}

	private static void copyAsFirstWritten(Path rules, Path copy) throws IOException {
		try (Stream<Path> files = Files.walk(rules)) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				Path target = copy.resolve(rules.relativize(file).toString());
				Files.createDirectories(target.getParent());
				Files.copy(file, target);
			}
		}
		for (String[] rewritten : REWRITTEN) {
			Path file = copy.resolve(rewritten[0]);
			String text = Files.readString(file);
			assertThat(text).contains(rewritten[1]);
			Files.writeString(file, text.replace(rewritten[1], rewritten[2]));
		}
	}

}
