package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the payment hand-off: orders the payment of an approved case through
 * payments (idempotent per case), passing the amount and the seizure-protected-account
 * permission where the process set them.
 */
@Component("requestPaymentDelegate")
class RequestPaymentDelegate implements JavaDelegate {

	private final CaseworkService casework;

	RequestPaymentDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object amount = execution.getVariable(CaseVariables.PAYMENT_AMOUNT_WON);
		Object protectedAllowed = execution.getVariable(CaseVariables.SEIZURE_PROTECTED_ALLOWED);
		this.casework.requestPayment(CaseVariables.applicationId(execution),
				amount instanceof Number n ? Long.valueOf(n.longValue()) : null,
				protectedAllowed instanceof Boolean b ? b : null);
	}

}
