package io.bokjiflow.casework.internal;

/** 연탄쿠폰 (Coal briquette coupon): processes/support/briquette-coupon.bpmn. */
class BriquetteCouponProcessTest extends SupportProcessTestBase {

	BriquetteCouponProcessTest() {
		super("BRIQUETTE_COUPON", ApprovedStep.PAYMENT);
		approvedBy("BASIC_LIVELIHOOD", facts().with("basicLivelihood", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
