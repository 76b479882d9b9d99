package org.example.placement.decision;

/**
 * What the rules ask of a foster carer's terms of approval
 * ({@link Candidate#approvalTerms}, regs 22 and 27 of the 2010 Regulations), answered by
 * the candidate itself. Drools compiles a constraint to bytecode after it has been
 * evaluated a few times, and to do so it first evaluates each branch of an {@code &&} or
 * {@code ||} that no fact has reached yet on its own, with the fact at hand: a branch
 * such as {@code approvalTerms.minAge != null} throws when that fact has no terms, and
 * the constraint is then interpreted for every candidate from then on (the service's
 * first requests seldom send terms). A method on the fact has no such branch.
 */
public interface WithinApprovalTerms {

	/** The terms of approval; null when not given. */
	Candidate.ApprovalTerms approvalTerms();

	/**
	 * {@code age} below the approval's {@code minAge} or above its {@code maxAge}; false
	 * when no terms or neither bound is given.
	 */
	default boolean outsideApprovedAges(int age) {
		Candidate.ApprovalTerms terms = approvalTerms();
		return terms != null
				&& (terms.minAge() != null && age < terms.minAge() || terms.maxAge() != null && age > terms.maxAge());
	}

	/**
	 * {@code children} at once within the approval's {@code maxChildren}; true when no
	 * terms or no such number is given.
	 */
	default boolean approvalAllowsChildren(int children) {
		Candidate.ApprovalTerms terms = approvalTerms();
		return terms == null || terms.maxChildren() == null || children <= terms.maxChildren();
	}

}
