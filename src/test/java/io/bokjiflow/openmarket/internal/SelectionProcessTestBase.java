package io.bokjiflow.openmarket.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.ProcessTestCase;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The paths both selection-run processes share (task types 9 and 10): select → exclude →
 * budget → (over budget: reduce or cancel) → four-eyes approval → payment batches until
 * none is left → summary; the steps behind the service tasks are a Mockito mock of
 * {@link SelectionSteps}, the delegates and the task listener are the real ones.
 */
abstract class SelectionProcessTestBase extends ProcessTestCase {

	static final String SIGUNGU = "11680";

	static final String SUPERVISORS = "supervisors-" + SIGUNGU;

	static final String STARTER = "official.gangnam";

	static final String SUPERVISOR = "sv.gangnam";

	static final String SELECT = "service_select_candidates";

	static final String EXCLUDE = "service_exclude_candidates";

	static final String BUDGET = "service_check_budget";

	static final String WITHIN_BUDGET = "gateway_within_budget";

	static final String OVER_BUDGET = "user_decide_over_budget";

	static final String REDUCE = "service_reduce_to_budget";

	static final String APPROVE = "user_approve_recipients";

	static final String ORDER = "service_order_payment_batch";

	static final String MORE = "gateway_more_batches";

	static final String COMPLETE = "service_complete_run";

	static final String CANCEL = "service_cancel_run";

	static final String CANCELLED = "end_run_cancelled";

	private static final AtomicInteger sequence = new AtomicInteger();

	SelectionSteps steps;

	UUID runId;

	String runNo;

	/** The end event of a completed run that starts no further round. */
	abstract String completedEnd();

	@Override
	protected List<String> resources() {
		return List.of("processes/openmarket/" + processKey() + ".bpmn", "forms/om-selection-approval.form",
				"forms/om-selection-over-budget.form");
	}

	@BeforeEach
	final void newRunWithDelegates() {
		this.steps = mock(SelectionSteps.class);
		this.runId = UUID.randomUUID();
		this.runNo = "PT-SEL-%06d".formatted(sequence.incrementAndGet());
		when(this.steps.selectCandidates(any())).thenReturn(3_500L);
		when(this.steps.excludeCandidates(any())).thenReturn(2_500L);
		when(this.steps.nextRound(any())).thenReturn(Optional.empty());
		Mocks.register("selectCandidatesDelegate", SelectionDelegates.selectCandidates(this.steps));
		Mocks.register("excludeCandidatesDelegate", SelectionDelegates.excludeCandidates(this.steps));
		Mocks.register("checkBudgetDelegate", SelectionDelegates.checkBudget(this.steps));
		Mocks.register("reduceToBudgetDelegate", SelectionDelegates.reduceToBudget(this.steps));
		Mocks.register("orderPaymentBatchDelegate", SelectionDelegates.orderPaymentBatch(this.steps));
		Mocks.register("completeRunDelegate", SelectionDelegates.completeRun(this.steps));
		Mocks.register("cancelRunDelegate", SelectionDelegates.cancelRun(this.steps));
		Mocks.register("planNextRoundDelegate", SelectionDelegates.planNextRound(this.steps));
		Mocks.register("startNextRoundDelegate", SelectionDelegates.startNextRound(this.steps));
		Mocks.register("selectionTaskListener", new SelectionTaskListener(this.steps));
	}

	ProcessInstance start() {
		ProcessInstance pi = this.engine.getRuntimeService()
			.startProcessInstanceByKey(processKey(), this.runNo,
					Map.of(SelectionVariables.RUN_ID, this.runId.toString(), SelectionVariables.SIGUNGU_CODE, SIGUNGU,
							SelectionVariables.STARTED_BY, STARTER));
		assertThat(pi).isWaitingAt(SELECT);
		return pi;
	}

	/** Runs the jobs until the run waits for a supervisor (or ends). */
	ProcessInstance startAndSelect() {
		ProcessInstance pi = start();
		runAsyncJobs(this.runNo);
		return pi;
	}

	/** Claims and completes a task as a user. */
	void complete(String taskKey, String user, Map<String, Object> variables) {
		Task task = task(this.runNo, taskKey);
		this.engine.getTaskService().setAssignee(task.getId(), user);
		this.engine.getTaskService().complete(task.getId(), variables);
	}

	@Test
	void shouldSelectCheckApproveAndOrderInBatchesUntilNoneIsLeft() {
		when(this.steps.withinBudget(this.runId)).thenReturn(true);
		when(this.steps.orderNextBatch(this.runId)).thenReturn(1_500L, 500L, 0L);

		ProcessInstance pi = startAndSelect();

		assertThat(pi).isWaitingAtExactly(APPROVE).hasPassedInOrder(SELECT, EXCLUDE, BUDGET, WITHIN_BUDGET);
		Task task = task(this.runNo, APPROVE);
		assertThat(task).hasCandidateGroup(SUPERVISORS).isNotAssigned();
		assertThat(task.getCamundaFormRef().getKey()).isEqualTo("om-selection-approval");
		assertThat(deployedForm(task).id()).isEqualTo("om-selection-approval");
		verify(this.steps).awaiting(this.runId, SelectionRun.Status.AWAITING_APPROVAL);
		assertThat(this.engine.getRuntimeService().getVariable(pi.getId(), SelectionVariables.SELECTED))
			.isEqualTo(2_500L);

		complete(APPROVE, SUPERVISOR, Map.of(SelectionVariables.APPROVED, true));
		verify(this.steps).recordApproval(this.runId, SUPERVISOR);
		// every batch is a job of its own: one committed transaction per batch
		assertThat(asyncJobs(this.runNo)).hasSize(1);
		assertThat(runAsyncJobs(this.runNo)).isEqualTo(3);

		assertThat(pi).isEnded()
			.hasPassedInOrder(APPROVE, ORDER, MORE, ORDER, MORE, ORDER, MORE, COMPLETE, completedEnd());
		verify(this.steps, times(3)).orderNextBatch(this.runId);
		var order = inOrder(this.steps);
		order.verify(this.steps).selectCandidates(this.runId);
		order.verify(this.steps).excludeCandidates(this.runId);
		order.verify(this.steps).withinBudget(this.runId);
		order.verify(this.steps).recordApproval(this.runId, SUPERVISOR);
		order.verify(this.steps).complete(this.runId);
		verify(this.steps, never()).cancel(any(), any());
		verify(this.steps, never()).reduceToBudget(any());
	}

	@Test
	void shouldResumeAfterTheLastCommittedBatchWhenABatchFails() {
		when(this.steps.withinBudget(this.runId)).thenReturn(true);
		when(this.steps.orderNextBatch(this.runId)).thenReturn(1_000L)
			.thenThrow(new IllegalStateException("database gone"))
			.thenReturn(0L);
		ProcessInstance pi = startAndSelect();
		complete(APPROVE, SUPERVISOR, Map.of(SelectionVariables.APPROVED, true));

		this.engine.getManagementService().executeJob(asyncJobs(this.runNo).get(0).getId());
		Job second = asyncJobs(this.runNo).get(0);
		withoutEngineErrorLog(
				() -> assertThatThrownBy(() -> this.engine.getManagementService().executeJob(second.getId()))
					.hasMessageContaining("database gone"));

		// the failed batch is still there to retry (with one retry fewer); the first
		// stays
		// done
		Job failed = asyncJobs(this.runNo).get(0);
		assertThat(failed.getRetries()).isEqualTo(2);
		assertThat(failed.getExceptionMessage()).contains("database gone");
		assertThat(pi).isWaitingAt(ORDER);
		this.engine.getManagementService().executeJob(failed.getId());

		assertThat(pi).isEnded().hasPassed(COMPLETE, completedEnd());
		verify(this.steps, times(3)).orderNextBatch(this.runId);
	}

	@Test
	void shouldLetASupervisorReduceARunOverBudgetBeforeTheApproval() {
		when(this.steps.withinBudget(this.runId)).thenReturn(false);
		when(this.steps.reduceToBudget(this.runId)).thenReturn(2_000L);
		when(this.steps.orderNextBatch(this.runId)).thenReturn(0L);
		ProcessInstance pi = startAndSelect();

		assertThat(pi).isWaitingAtExactly(OVER_BUDGET);
		Task task = task(this.runNo, OVER_BUDGET);
		assertThat(task).hasCandidateGroup(SUPERVISORS);
		assertThat(deployedForm(task).id()).isEqualTo("om-selection-over-budget");
		verify(this.steps).awaiting(this.runId, SelectionRun.Status.AWAITING_BUDGET_DECISION);

		complete(OVER_BUDGET, SUPERVISOR, Map.of(SelectionVariables.BUDGET_DECISION, "REDUCE"));
		verify(this.steps).recordBudgetDecision(this.runId, "REDUCE", SUPERVISOR);
		assertThat(pi).isWaitingAtExactly(APPROVE).hasPassedInOrder(OVER_BUDGET, REDUCE);
		assertThat(this.engine.getRuntimeService().getVariable(pi.getId(), SelectionVariables.SELECTED))
			.isEqualTo(2_000L);

		complete(APPROVE, "sv.gangnam2", Map.of(SelectionVariables.APPROVED, true));
		runAsyncJobs(this.runNo);
		assertThat(pi).isEnded().hasPassed(ORDER, COMPLETE);
	}

	@Test
	void shouldCancelARunOverBudgetWhenTheSupervisorSaysSo() {
		when(this.steps.withinBudget(this.runId)).thenReturn(false);
		ProcessInstance pi = startAndSelect();

		complete(OVER_BUDGET, SUPERVISOR, Map.of(SelectionVariables.BUDGET_DECISION, "CANCEL"));

		assertThat(pi).isEnded().hasPassedInOrder(OVER_BUDGET, CANCEL, CANCELLED).hasNotPassed(APPROVE, ORDER);
		verify(this.steps).cancel(this.runId, "OVER_BUDGET");
		verify(this.steps, never()).orderNextBatch(any());
	}

	@Test
	void shouldRefuseABudgetDecisionThatIsNeitherReduceNorCancel() {
		when(this.steps.withinBudget(this.runId)).thenReturn(false);
		ProcessInstance pi = startAndSelect();

		withoutEngineErrorLog(() -> assertThatThrownBy(
				() -> complete(OVER_BUDGET, SUPERVISOR, Map.of(SelectionVariables.BUDGET_DECISION, "PAY")))
			.satisfies(refusedWith("selection.error.budgetDecision")));
		assertThat(pi).isWaitingAtExactly(OVER_BUDGET);
	}

	@Test
	void shouldCancelWithTheReasonWhenTheRecipientsAreNotApproved() {
		when(this.steps.withinBudget(this.runId)).thenReturn(true);
		ProcessInstance pi = startAndSelect();

		complete(APPROVE, SUPERVISOR,
				Map.of(SelectionVariables.APPROVED, false, SelectionVariables.REJECTION_REASON, " 기준일 오류 "));

		assertThat(pi).isEnded().hasPassedInOrder(APPROVE, CANCEL, CANCELLED).hasNotPassed(ORDER);
		verify(this.steps).cancel(this.runId, "기준일 오류");
		verify(this.steps, never()).recordApproval(any(), anyString());
	}

	@Test
	void shouldNeverLetTheStarterApproveTheirOwnRun() {
		when(this.steps.withinBudget(this.runId)).thenReturn(true);
		ProcessInstance pi = startAndSelect();
		Task task = task(this.runNo, APPROVE);

		withoutEngineErrorLog(() -> {
			// neither claimed by the starter …
			assertThatThrownBy(() -> this.engine.getTaskService().setAssignee(task.getId(), STARTER))
				.satisfies(refusedWith("selection.error.fourEyes"));
			// … nor completed by them while someone else holds it
			this.engine.getTaskService().setAssignee(task.getId(), SUPERVISOR);
			this.engine.getIdentityService().setAuthenticatedUserId(STARTER);
			try {
				assertThatThrownBy(() -> this.engine.getTaskService()
					.complete(task.getId(), Map.of(SelectionVariables.APPROVED, true)))
					.satisfies(refusedWith("selection.error.fourEyes"));
			}
			finally {
				this.engine.getIdentityService().clearAuthentication();
			}
			// … nor completed unclaimed by nobody in particular
			this.engine.getTaskService().setAssignee(task.getId(), null);
			assertThatThrownBy(() -> this.engine.getTaskService()
				.complete(task.getId(), Map.of(SelectionVariables.APPROVED, true)))
				.satisfies(refusedWith("selection.error.claimFirst"));
		});

		assertThat(pi).isWaitingAtExactly(APPROVE);
		verify(this.steps, never()).recordApproval(any(), anyString());
		complete(APPROVE, SUPERVISOR, Map.of(SelectionVariables.APPROVED, true));
		verify(this.steps).recordApproval(eq(this.runId), eq(SUPERVISOR));
	}

	/**
	 * The engine wraps a listener's exception: the refusal is its root cause, with the
	 * message key the UI shows.
	 */
	static java.util.function.Consumer<Throwable> refusedWith(String messageKey) {
		return thrown -> {
			Throwable cause = thrown;
			while (!(cause instanceof UserFacingException) && cause.getCause() != null) {
				cause = cause.getCause();
			}
			assertThat(cause).isInstanceOf(UserFacingException.class);
			assertThat(((UserFacingException) cause).messageKey()).isEqualTo(messageKey);
		};
	}

}
