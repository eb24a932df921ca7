package io.bokjiflow.ui.dashboard;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A service step of the dashboard tests that fails while {@link #failing} is set, like a
 * public-data source that is down.
 */
public class FlakyStep implements JavaDelegate {

	/** Whether the step fails. */
	public static volatile boolean failing = true;

	/** The error message of a failure. */
	public static final String MESSAGE = "공공데이터 연결 실패 (dashboard test: source down)";

	@Override
	public void execute(DelegateExecution execution) {
		if (failing) {
			throw new IllegalStateException(MESSAGE);
		}
	}

}
