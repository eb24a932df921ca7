package io.bokjiflow.casework.internal;

/**
 * 장애인·국가유공자 고속도로 통행료 감면 (Expressway toll discount for persons with disabilities and of
 * national merit): processes/support/toll-discount.bpmn.
 */
class TollDiscountProcessTest extends SupportProcessTestBase {

	TollDiscountProcessTest() {
		super("TOLL_DISCOUNT");
		approvedBy("DISABILITY", facts().with("disability", true).with("vehicleValue", 12_000_000L));
		rejectedBy("NO_VEHICLE", facts().with("disability", true));
	}

}
