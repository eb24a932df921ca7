package io.bokjiflow.casework.internal;

/** 열요금 감면 (District-heating fee reduction): processes/support/heat-fee-reduction.bpmn. */
class HeatFeeReductionProcessTest extends SupportProcessTestBase {

	HeatFeeReductionProcessTest() {
		super("HEAT_FEE_REDUCTION");
		approvedBy("NEAR_POOR", facts().with("nearPoor", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
