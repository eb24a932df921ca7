package io.bokjiflow.casework.internal;

/**
 * 국가유공자 교육지원 (수업료 면제) (Tuition support for persons of national merit and their children):
 * processes/support/veteran-tuition.bpmn.
 */
class VeteranTuitionProcessTest extends SupportProcessTestBase {

	VeteranTuitionProcessTest() {
		super("VETERAN_TUITION");
		approvedBy("VETERAN", facts().with("veteran", true));
		rejectedBy("NO_QUALIFICATION", facts().with("basicLivelihood", true));
	}

}
