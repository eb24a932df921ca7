package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: records the notice of decision to the applicant (a letter by default).
 */
@Component("recordNoticeDelegate")
class RecordNoticeDelegate implements JavaDelegate {

	private final CaseworkService casework;

	RecordNoticeDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.casework.recordNotice(CaseVariables.applicationId(execution));
	}

}
