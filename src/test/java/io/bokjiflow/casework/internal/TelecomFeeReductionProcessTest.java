package io.bokjiflow.casework.internal;

/** 통신요금 감면 (Telecom bill reduction): processes/support/telecom-fee-reduction.bpmn. */
class TelecomFeeReductionProcessTest extends SupportProcessTestBase {

	TelecomFeeReductionProcessTest() {
		super("TELECOM_FEE_REDUCTION");
		approvedBy("DISABILITY", facts().with("disability", true).with("applicantAge", 70));
		rejectedBy("NO_QUALIFICATION", facts().with("applicantAge", 64));
	}

}
