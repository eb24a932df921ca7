package io.bokjiflow.payments.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.testing.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The payment process (processes/payments/payment-order.bpmn) with the real delegates and
 * the payment service behind them as a mock: paid; failed and retried to another account
 * or to cash; failed and cancelled with a reason.
 */
class PaymentOrderProcessTest extends ProcessTestCase {

	private static final String SIGUNGU = "11680";

	private static final AtomicInteger sequence = new AtomicInteger();

	private PaymentService payments;

	private UUID orderId;

	private String orderNo;

	@Override
	protected String processKey() {
		return PaymentProcess.KEY;
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/payments/payment-order.bpmn", "forms/payment-failure.form");
	}

	@BeforeEach
	void newOrder() {
		this.payments = mock(PaymentService.class);
		this.orderId = UUID.randomUUID();
		this.orderNo = "PAY-%010d".formatted(9_000_000_000L + sequence.incrementAndGet());
		Mocks.register("routePaymentDelegate", new RoutePaymentDelegate(this.payments));
		Mocks.register("recordPaymentDelegate", new RecordPaymentDelegate(this.payments));
		Mocks.register("retryPaymentDelegate", new RetryPaymentDelegate(this.payments));
		Mocks.register("cancelPaymentDelegate", new CancelPaymentDelegate(this.payments));
	}

	@Test
	void shouldRouteThenWaitForTheResultAndRecordAPayment() {
		ProcessInstance pi = start();

		assertThat(pi).isWaitingAt("receive_payment_result")
			.hasPassed("start_payment_ordered", "service_route_payment");
		verify(this.payments).route(this.orderId);
		assertThat(this.engine.getRuntimeService().getVariables(pi.getId()))
			.as("the only start variable is the order's id")
			.containsOnlyKeys(PaymentProcess.ORDER_ID);

		result("PAID");

		assertThat(pi).isEnded()
			.hasPassedInOrder("receive_payment_result", "gateway_payment_result", "service_record_payment", "end_paid");
		verify(this.payments).recordPaid(this.orderId);
	}

	@Test
	void shouldGiveAFailureToTheCaseworkersOfThePayingSigunguAndRetryToCash() {
		ProcessInstance pi = start();
		failed();

		Task task = failureTask();
		assertThat(task).hasCandidateGroup(OrgGroups.caseworkers(SIGUNGU)).isNotAssigned();
		assertThat(task.getName()).isEqualTo("지급 실패 처리\n(resolve a failed payment)");
		complete(task, Map.of("resolution", "CASH"));

		verify(this.payments).retry(this.orderId, true);
		assertThat(pi).isWaitingAt("receive_payment_result").hasPassed("service_retry_payment");
		result("PAID");
		assertThat(pi).isEnded().hasPassed("end_paid");
		verify(this.payments).recordPaid(this.orderId);
	}

	@Test
	void shouldRetryToAnotherAccountAndFailAgain() {
		ProcessInstance pi = start();
		failed();
		complete(failureTask(), Map.of("resolution", "RETRY_ACCOUNT"));

		verify(this.payments).retry(this.orderId, false);
		assertThat(pi).isWaitingAt("receive_payment_result");
		failed();
		assertThat(pi).isWaitingAt("user_resolve_failure");
		verify(this.payments, never()).recordPaid(any());
	}

	@Test
	void shouldCancelAFailedPaymentWithAReason() {
		ProcessInstance pi = start();
		failed();
		Task task = failureTask();
		assertThatThrownBy(() -> deployedForm(task).validate(Map.of("resolution", "CANCEL")))
			.as("a cancellation needs its reason")
			.isNotNull();

		complete(task, Map.of("resolution", "CANCEL", "cancelReason", "수급자 사망으로 지급 취소"));

		assertThat(pi).isEnded().hasPassedInOrder("gateway_resolution", "service_cancel_payment", "end_cancelled");
		verify(this.payments).cancel(this.orderId, "수급자 사망으로 지급 취소");
		verify(this.payments, never()).retry(any(), org.mockito.ArgumentMatchers.anyBoolean());
	}

	private ProcessInstance start() {
		return this.engine.getRuntimeService()
			.createProcessInstanceByKey(PaymentProcess.KEY)
			.businessKey(this.orderNo)
			.setVariable(PaymentProcess.ORDER_ID, this.orderId.toString())
			.execute();
	}

	/** Correlates the result as the import and the cash pick-up do. */
	private void result(String result) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(PaymentProcess.RESULT_MESSAGE)
			.processInstanceBusinessKey(this.orderNo)
			.setVariable(PaymentProcess.RESULT, result)
			.correlate();
	}

	private void failed() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(PaymentProcess.RESULT_MESSAGE)
			.processInstanceBusinessKey(this.orderNo)
			.setVariable(PaymentProcess.RESULT, "FAILED")
			.setVariable(PaymentProcess.CASEWORKER_GROUP, OrgGroups.caseworkers(SIGUNGU))
			.setVariable(PaymentProcess.FAILURE_REASON, "E101 계좌 없음")
			.correlate();
	}

	private Task failureTask() {
		Task task = task(this.orderNo, "user_resolve_failure");
		assertThat(task.getCamundaFormRef().getKey()).isEqualTo("payment-failure");
		assertThat(deployedForm(task).id()).isEqualTo("payment-failure");
		return task;
	}

	/** Completes the task as the task list does: with the values the form accepts. */
	private void complete(Task task, Map<String, Object> submitted) {
		CamundaForm form = deployedForm(task);
		this.engine.getTaskService().complete(task.getId(), new HashMap<>(form.validate(submitted)));
	}

}
