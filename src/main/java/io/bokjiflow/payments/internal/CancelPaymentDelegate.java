package io.bokjiflow.payments.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Applies a caseworker's cancellation of a failed payment, with its reason.
 */
@Component("cancelPaymentDelegate")
class CancelPaymentDelegate implements JavaDelegate {

	private final PaymentService payments;

	CancelPaymentDelegate(PaymentService payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.cancel(orderId(execution), (String) execution.getVariable(PaymentProcess.CANCEL_REASON));
	}

	static UUID orderId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(PaymentProcess.ORDER_ID));
	}

}
