package io.bokjiflow.payments.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Applies a caseworker's retry of a failed payment: to another account, or to cash
 * pick-up.
 */
@Component("retryPaymentDelegate")
class RetryPaymentDelegate implements JavaDelegate {

	private final PaymentService payments;

	RetryPaymentDelegate(PaymentService payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.retry(orderId(execution), "CASH".equals(execution.getVariable(PaymentProcess.RESOLUTION)));
	}

	static UUID orderId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(PaymentProcess.ORDER_ID));
	}

}
