package io.bokjiflow.casework.internal;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;

/**
 * The payment hand-off of cash and voucher programs
 * (processes/common/common-payment.bpmn): one payment order per approved case, with the
 * amount and account permission the process set.
 */
class CommonPaymentProcessTest extends CaseProcessTestBase {

	@Override
	protected String processKey() {
		return "common-payment";
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/common/common-payment.bpmn");
	}

	@Test
	void shouldHandTheApprovedCaseToPayments() {
		ProcessInstance pi = start(processKey(), "TRAVEL_VOUCHER", Map.of());

		assertThat(pi).isEnded().hasPassedInOrder("start_payment", "service_request_payment", "end_payment_requested");
		verify(this.casework).requestPayment(this.applicationId, null, null);
	}

	@Test
	void shouldPassTheAmountAndAccountPermissionTheProcessSet() {
		ProcessInstance pi = start(processKey(), "TRAVEL_VOUCHER",
				Map.of("paymentAmountWon", 250_000, "seizureProtectedAllowed", true));

		assertThat(pi).isEnded();
		verify(this.casework).requestPayment(this.applicationId, 250_000L, true);
	}

	@Test
	void shouldNotEndWithoutAPaymentRequest() {
		doThrow(new IllegalStateException("Program TRAVEL_VOUCHER has no paymentWon")).when(this.casework)
			.requestPayment(this.applicationId, null, null);

		assertThatThrownBy(() -> withoutEngineErrorLog(() -> start(processKey(), "TRAVEL_VOUCHER", Map.of())))
			.hasMessageContaining("no paymentWon");

		assertThat(instances(this.applicationNo)).isEmpty();
	}

}
