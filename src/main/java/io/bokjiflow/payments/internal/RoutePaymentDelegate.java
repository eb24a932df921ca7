package io.bokjiflow.payments.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Routes the order to an account or to cash (orders are routed when inserted; this
 * catches one that is not).
 */
@Component("routePaymentDelegate")
class RoutePaymentDelegate implements JavaDelegate {

	private final PaymentService payments;

	RoutePaymentDelegate(PaymentService payments) {
		this.payments = payments;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.payments.route(orderId(execution));
	}

	static UUID orderId(DelegateExecution execution) {
		return UUID.fromString((String) execution.getVariable(PaymentProcess.ORDER_ID));
	}

}
