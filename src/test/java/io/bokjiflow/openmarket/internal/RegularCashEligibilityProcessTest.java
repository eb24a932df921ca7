package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 3 (Type 3): application, eligibility check, regular cash:
 * processes/openmarket/om-regular-cash-eligibility.bpmn.
 */
class RegularCashEligibilityProcessTest extends OpenMarketProcessTestBase {

	RegularCashEligibilityProcessTest() {
		super(TaskType.REGULAR_CASH_ELIGIBILITY);
	}

}
