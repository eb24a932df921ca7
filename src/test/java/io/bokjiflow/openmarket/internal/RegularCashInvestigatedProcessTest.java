package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 1 (Type 1): application, income and asset investigation, regular cash:
 * processes/openmarket/om-regular-cash-investigated.bpmn.
 */
class RegularCashInvestigatedProcessTest extends OpenMarketProcessTestBase {

	RegularCashInvestigatedProcessTest() {
		super(TaskType.REGULAR_CASH_INVESTIGATED);
	}

}
