package org.example.placement.decision;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.example.placement.decision.Candidate.ApprovalTerms;
import org.example.placement.support.Candidates;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate's answers about its terms of approval are what the rules' constraints
 * said before they called them (ENG-CPR-R22-1, WAL-CPR-R23-1, ENG-S22C-8C-2), written out
 * here as they were, for every bound missing, below, at and above the value.
 */
class WithinApprovalTermsTests {

	private static final Integer[] BOUNDS = { null, 0, 9, 10, 11, 17 };

	@Test
	void outsideApprovedAgesIsTheAgeRangeTestTheRulesWroteOut() {
		int outside = 0;
		for (Candidate candidate : everyTerms()) {
			for (int age = 0; age <= 18; age++) {
				ApprovalTerms terms = candidate.approvalTerms();
				boolean before = terms != null && (terms.minAge() != null && age < terms.minAge()
						|| terms.maxAge() != null && age > terms.maxAge());
				assertThat(candidate.outsideApprovedAges(age)).as("age %d, %s", age, terms).isEqualTo(before);
				outside += before ? 1 : 0;
			}
		}
		assertThat(outside).isPositive();
	}

	@Test
	void approvalAllowsChildrenIsTheNumberTestTheRuleWroteOut() {
		for (Candidate candidate : everyTerms()) {
			for (int children = -1; children <= 18; children++) {
				ApprovalTerms terms = candidate.approvalTerms();
				boolean before = terms == null || terms.maxChildren() == null || children <= terms.maxChildren();
				assertThat(candidate.approvalAllowsChildren(children)).as("%d children, %s", children, terms)
					.isEqualTo(before);
			}
		}
	}

	@Test
	void noTermsAreNeitherOutsideTheAgesNorLimitTheNumber() {
		Candidate none = Candidates.anApprovedFosterCarer("C-1");

		assertThat(none.outsideApprovedAges(0)).isFalse();
		assertThat(none.outsideApprovedAges(17)).isFalse();
		assertThat(none.approvalAllowsChildren(99)).isTrue();
	}

	private static List<Candidate> everyTerms() {
		List<Candidate> candidates = new ArrayList<>();
		candidates.add(Candidates.anApprovedFosterCarer("C-NONE"));
		for (Integer min : BOUNDS) {
			for (Integer max : BOUNDS) {
				for (Integer children : Arrays.asList(null, 0, 1, 3)) {
					candidates.add(Candidates.anApprovedFosterCarerCalled("C-" + candidates.size())
						.withApprovalTerms(new ApprovalTerms(min, max, children))
						.build());
				}
			}
		}
		return candidates;
	}

}
