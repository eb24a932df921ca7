package io.bokjiflow.casework.internal;

/** 여행바우처 (Travel voucher): processes/support/travel-voucher.bpmn. */
class TravelVoucherProcessTest extends SupportProcessTestBase {

	TravelVoucherProcessTest() {
		super("TRAVEL_VOUCHER", ApprovedStep.PAYMENT);
		approvedBy("BASIC_LIVELIHOOD", facts().with("basicLivelihood", true));
		rejectedBy("NO_QUALIFICATION", facts().with("disability", true));
	}

}
