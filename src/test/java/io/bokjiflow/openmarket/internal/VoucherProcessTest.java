package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * 유형 6 (Type 6): application, eligibility check, voucher:
 * processes/openmarket/om-voucher.bpmn.
 */
class VoucherProcessTest extends OpenMarketProcessTestBase {

	VoucherProcessTest() {
		super(TaskType.VOUCHER);
	}

}
