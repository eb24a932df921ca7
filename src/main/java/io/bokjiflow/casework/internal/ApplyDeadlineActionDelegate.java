package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the deadline escalation: records the supervisor's action and, for an
 * extension, moves the decision deadline of the case and the due dates of its open tasks.
 */
@Component("applyDeadlineActionDelegate")
class ApplyDeadlineActionDelegate implements JavaDelegate {

	private final CaseworkService casework;

	ApplyDeadlineActionDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object days = execution.getVariable(CaseVariables.EXTENSION_DAYS);
		this.casework.applyDeadlineAction(CaseVariables.applicationId(execution),
				(String) execution.getVariable(CaseVariables.DEADLINE_ACTION),
				days == null ? null : ((Number) days).intValue(),
				(String) execution.getVariable(CaseVariables.EXTENSION_REASON),
				(String) execution.getVariable(CaseVariables.DEADLINE_ACTED_BY), execution.getProcessBusinessKey());
	}

}
