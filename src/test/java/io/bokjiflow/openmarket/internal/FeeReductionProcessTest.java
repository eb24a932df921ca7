package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 7 (Type 7): application, eligibility check, fee reduction:
 * processes/openmarket/om-fee-reduction.bpmn.
 */
class FeeReductionProcessTest extends OpenMarketProcessTestBase {

	FeeReductionProcessTest() {
		super(TaskType.FEE_REDUCTION);
	}

}
