package io.bokjiflow.casework.internal;

/**
 * 전기요금 복지할인 (Electricity bill welfare discount):
 * processes/support/electricity-discount.bpmn.
 */
class ElectricityDiscountProcessTest extends SupportProcessTestBase {

	ElectricityDiscountProcessTest() {
		super("ELECTRICITY_DISCOUNT");
		approvedBy("LARGE_FAMILY", facts().with("householdSize", 5));
		rejectedBy("NO_QUALIFICATION", facts().with("householdSize", 4));
	}

}
