package io.bokjiflow.payments.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Records a paid order: publishes PaymentIssued, so the registry writes the benefit
 * history.
 */
@Component("recordPaymentDelegate")
class RecordPaymentDelegate implements JavaDelegate {

	private final PaymentService payments;

	RecordPaymentDelegate(PaymentService payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.recordPaid(orderId(execution));
	}

	static UUID orderId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(PaymentProcess.ORDER_ID));
	}

}
