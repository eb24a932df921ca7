package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of intake: checks that every consent the program needs is recorded and,
 * when it is, opens the case for investigation.
 */
@Component("checkApplicationDelegate")
class CheckApplicationDelegate implements JavaDelegate {

	private final CaseworkService casework;

	CheckApplicationDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariable(CaseVariables.APPLICATION_COMPLETE,
				this.casework.checkApplication(CaseVariables.applicationId(execution)));
	}

}
