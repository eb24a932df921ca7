package io.bokjiflow.casework.internal;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of intake: records the financial-data consent form the caseworker
 * received.
 */
@Component("recordConsentDelegate")
class RecordConsentDelegate implements JavaDelegate {

	private final CaseworkService casework;

	RecordConsentDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.casework.recordFinancialConsent(CaseVariables.applicationId(execution),
				LocalDate.parse(String.valueOf(execution.getVariable(CaseVariables.CONSENT_RECEIVED_ON))),
				(String) execution.getVariable(CaseVariables.CONSENT_RECORDED_BY));
	}

}
