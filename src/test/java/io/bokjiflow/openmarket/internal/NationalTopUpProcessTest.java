package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 8 (Type 8): application, national program eligibility, local top-up:
 * processes/openmarket/om-national-top-up.bpmn.
 */
class NationalTopUpProcessTest extends OpenMarketProcessTestBase {

	NationalTopUpProcessTest() {
		super(TaskType.NATIONAL_TOP_UP);
	}

}
