package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the payment hand-off: writes the payment request of an approved case
 * (idempotent per case).
 */
@Component("requestPaymentDelegate")
class RequestPaymentDelegate implements JavaDelegate {

	private final CaseworkService casework;

	RequestPaymentDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.casework.requestPayment(CaseVariables.applicationId(execution));
	}

}
