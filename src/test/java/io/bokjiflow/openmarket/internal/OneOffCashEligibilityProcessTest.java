package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 4 (Type 4): application, eligibility check, one-off cash:
 * processes/openmarket/om-one-off-cash-eligibility.bpmn.
 */
class OneOffCashEligibilityProcessTest extends OpenMarketProcessTestBase {

	OneOffCashEligibilityProcessTest() {
		super(TaskType.ONE_OFF_CASH_ELIGIBILITY);
	}

}
