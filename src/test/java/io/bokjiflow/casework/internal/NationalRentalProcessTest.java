package io.bokjiflow.casework.internal;

/** 국민임대주택 (National rental housing): processes/support/national-rental.bpmn. */
class NationalRentalProcessTest extends SupportProcessTestBase {

	NationalRentalProcessTest() {
		super("NATIONAL_RENTAL", ApprovedStep.WAITING_LIST);
		approvedBy("INCOME_WITHIN_50", facts().with("homeless", true).with("householdSize", 3));
		rejectedBy("NOT_HOMELESS", facts().with("householdSize", 3));
	}

}
