package io.bokjiflow.casework.internal;

/**
 * 국가유공자 보철구 지급 (Prostheses for persons of national merit):
 * processes/support/veteran-prosthesis.bpmn.
 */
class VeteranProsthesisProcessTest extends SupportProcessTestBase {

	VeteranProsthesisProcessTest() {
		super("VETERAN_PROSTHESIS");
		approvedBy("VETERAN_WITH_DISABILITY", facts().with("veteran", true).with("disability", true));
		rejectedBy("NO_QUALIFICATION", facts().with("disability", true));
	}

}
