package io.bokjiflow.bench.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * A stub service task of the benchmark processes: records one small fact (a boolean named
 * after the activity), as a data-only program's fetch and rule steps do, and calls
 * nothing.
 */
public class StubDelegate implements JavaDelegate {

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(execution.getCurrentActivityId() + "_done", Boolean.TRUE);
	}

}
