package io.bokjiflow.casework.internal;

/** 스포츠강좌이용권 (Sports lesson voucher): processes/support/sports-lesson-voucher.bpmn. */
class SportsLessonVoucherProcessTest extends SupportProcessTestBase {

	SportsLessonVoucherProcessTest() {
		super("SPORTS_LESSON_VOUCHER", ApprovedStep.PAYMENT);
		approvedBy("BASIC_LIVELIHOOD", facts().with("applicantAge", 10).with("basicLivelihood", true));
		rejectedBy("NO_QUALIFICATION", facts().with("applicantAge", 10));
	}

}
