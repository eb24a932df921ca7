package io.bokjiflow.casework.internal;

/** 스포츠관람바우처 (Sports-viewing voucher): processes/support/sports-viewing-voucher.bpmn. */
class SportsViewingVoucherProcessTest extends SupportProcessTestBase {

	SportsViewingVoucherProcessTest() {
		super("SPORTS_VIEWING_VOUCHER", ApprovedStep.PAYMENT);
		approvedBy("NEAR_POOR", facts().with("nearPoor", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
