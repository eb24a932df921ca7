package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the child-care service: records the government's share of the fee that
 * the eligibility table gave for the household's income band.
 */
@Component("recordGovernmentShareDelegate")
class RecordGovernmentShareDelegate implements JavaDelegate {

	private final CaseworkService casework;

	RecordGovernmentShareDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.casework.recordGovernmentShare(CaseVariables.applicationId(execution),
				(Integer) execution.getVariable(CaseVariables.SHARE_PERCENT));
	}

}
