package io.bokjiflow.casework.internal;

/** 영구임대주택 (Permanent rental housing): processes/support/permanent-rental.bpmn. */
class PermanentRentalProcessTest extends SupportProcessTestBase {

	PermanentRentalProcessTest() {
		super("PERMANENT_RENTAL", ApprovedStep.WAITING_LIST);
		approvedBy("LIVELIHOOD_OR_MEDICAL", facts().with("homeless", true).with("livelihoodOrMedical", true));
		rejectedBy("NOT_HOMELESS", facts().with("livelihoodOrMedical", true));
	}

}
