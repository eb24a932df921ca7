package io.bokjiflow.casework.internal;

/**
 * 국가유공자 수송시설 이용 지원 (Transport fare support for persons of national merit):
 * processes/support/veteran-transport-discount.bpmn.
 */
class VeteranTransportDiscountProcessTest extends SupportProcessTestBase {

	VeteranTransportDiscountProcessTest() {
		super("VETERAN_TRANSPORT_DISCOUNT");
		approvedBy("VETERAN_WITH_DISABILITY", facts().with("veteran", true).with("disability", true));
		rejectedBy("NO_QUALIFICATION", facts().with("disability", true));
	}

}
