package io.bokjiflow.casework.internal;

/**
 * 정부양곡 할인 공급 (Discounted government rice):
 * processes/support/government-rice-discount.bpmn.
 */
class GovernmentRiceDiscountProcessTest extends SupportProcessTestBase {

	GovernmentRiceDiscountProcessTest() {
		super("GOVERNMENT_RICE_DISCOUNT");
		approvedBy("BASIC_LIVELIHOOD", facts().with("basicLivelihood", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
