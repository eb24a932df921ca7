package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 2 (Type 2): application, income and asset investigation, one-off cash:
 * processes/openmarket/om-one-off-cash-investigated.bpmn.
 */
class OneOffCashInvestigatedProcessTest extends OpenMarketProcessTestBase {

	OneOffCashInvestigatedProcessTest() {
		super(TaskType.ONE_OFF_CASH_INVESTIGATED);
	}

}
