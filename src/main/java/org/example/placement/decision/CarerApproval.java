package org.example.placement.decision;

/** A carer's approval as a local authority foster parent. */
public enum CarerApproval {

	/** Fully approved (Fostering Services (England) Regulations 2011). */
	APPROVED,
	/** Temporarily approved as a connected person (reg 24 of the 2010 Regulations). */
	TEMPORARY,
	/** Not approved. */
	NONE

}
