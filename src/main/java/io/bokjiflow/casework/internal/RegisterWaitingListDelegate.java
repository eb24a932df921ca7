package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the rental-housing programs: puts an approved applicant on the waiting
 * list with the priority rank the eligibility table gave.
 */
@Component("registerWaitingListDelegate")
class RegisterWaitingListDelegate implements JavaDelegate {

	private final CaseworkService casework;

	RegisterWaitingListDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.casework.registerOnWaitingList(CaseVariables.applicationId(execution),
				(Integer) execution.getVariable(CaseVariables.RANK));
	}

}
