package org.example.placement.decision;

/** Who must sign off a placement before it takes effect. */
public enum Approver {

	NOMINATED_OFFICER, DIRECTOR_OF_CHILDRENS_SERVICES, COURT, HIGH_COURT, SECRETARY_OF_STATE, PANEL, SENIOR_MANAGER

}
