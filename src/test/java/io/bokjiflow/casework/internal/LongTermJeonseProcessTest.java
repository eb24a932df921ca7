package io.bokjiflow.casework.internal;

/** 장기전세주택 (Long-term jeonse housing): processes/support/long-term-jeonse.bpmn. */
class LongTermJeonseProcessTest extends SupportProcessTestBase {

	LongTermJeonseProcessTest() {
		super("LONG_TERM_JEONSE", ApprovedStep.WAITING_LIST);
		approvedBy("INCOME_WITHIN_100", facts().with("homeless", true).with("householdSize", 4));
		rejectedBy("NOT_HOMELESS", facts().with("householdSize", 4));
	}

}
