package io.bokjiflow.casework.internal;

/**
 * 개발제한구역 주민지원 (생활비용 보조) (Support for residents of development-restricted zones (living
 * costs)): processes/support/greenbelt-resident-support.bpmn.
 */
class GreenbeltResidentSupportProcessTest extends SupportProcessTestBase {

	GreenbeltResidentSupportProcessTest() {
		super("GREENBELT_RESIDENT_SUPPORT", ApprovedStep.PAYMENT);
		approvedBy("INCOME_WITHIN_100", facts().with("householdSize", 2));
		rejectedBy("OVER_INCOME_LIMIT", facts().with("householdSize", 2).with("monthlyIncome", 50_000_000L));
	}

}
