package io.bokjiflow.casework.internal;

/**
 * 국가유공자 고궁 등 이용 지원 (Free admission to palaces and public sites for persons of national
 * merit): processes/support/veteran-palace-admission.bpmn.
 */
class VeteranPalaceAdmissionProcessTest extends SupportProcessTestBase {

	VeteranPalaceAdmissionProcessTest() {
		super("VETERAN_PALACE_ADMISSION");
		approvedBy("VETERAN", facts().with("veteran", true));
		rejectedBy("NO_QUALIFICATION", facts().with("basicLivelihood", true));
	}

}
