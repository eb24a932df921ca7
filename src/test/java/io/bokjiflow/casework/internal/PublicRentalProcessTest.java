package io.bokjiflow.casework.internal;

/**
 * 공공임대주택 (5년·10년 분양전환) (Public rental housing with later purchase (5 or 10 years)):
 * processes/support/public-rental.bpmn.
 */
class PublicRentalProcessTest extends SupportProcessTestBase {

	PublicRentalProcessTest() {
		super("PUBLIC_RENTAL", ApprovedStep.WAITING_LIST);
		approvedBy("INCOME_WITHIN_70", facts().with("homeless", true).with("householdSize", 2));
		rejectedBy("NOT_HOMELESS", facts().with("householdSize", 2));
	}

}
