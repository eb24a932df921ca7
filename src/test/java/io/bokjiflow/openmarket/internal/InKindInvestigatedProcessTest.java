package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 5 (Type 5): application, income and asset investigation, goods or a service:
 * processes/openmarket/om-in-kind-investigated.bpmn.
 */
class InKindInvestigatedProcessTest extends OpenMarketProcessTestBase {

	InKindInvestigatedProcessTest() {
		super(TaskType.IN_KIND_INVESTIGATED);
	}

}
