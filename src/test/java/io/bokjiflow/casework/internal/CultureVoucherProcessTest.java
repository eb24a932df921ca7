package io.bokjiflow.casework.internal;

/** 문화바우처 (Culture voucher): processes/support/culture-voucher.bpmn. */
class CultureVoucherProcessTest extends SupportProcessTestBase {

	CultureVoucherProcessTest() {
		super("CULTURE_VOUCHER", ApprovedStep.PAYMENT);
		approvedBy("BASIC_LIVELIHOOD", facts().with("basicLivelihood", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
