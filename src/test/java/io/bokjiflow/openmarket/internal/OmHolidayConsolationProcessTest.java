package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.TaskType;

/**
 * Task type 9, 명절위문금 (processes/openmarket/om-holiday-consolation.bpmn): one selection
 * run, paid once; every shared path of {@link SelectionProcessTestBase}.
 */
class OmHolidayConsolationProcessTest extends SelectionProcessTestBase {

	@Override
	protected String processKey() {
		return TaskType.HOLIDAY_CONSOLATION.processKey();
	}

	@Override
	String completedEnd() {
		return "end_run_completed";
	}

}
