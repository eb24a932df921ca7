package io.bokjiflow.integrity.internal;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.integrity.DuplicateBenefitSweep.Outcome;
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
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The duplicate-benefit review (processes/integrity/conflict-review.bpmn) with the real
 * complete listener and the sweep service behind it as a mock: one task for the
 * caseworkers of both 시·군·구, the outcome recorded on completion, a completion without an
 * outcome or reason refused.
 */
class ConflictReviewProcessTest extends ProcessTestCase {

	private static final AtomicInteger sequence = new AtomicInteger();

	private ConflictSweepService sweep;

	private UUID findingId;

	private String findingNo;

	@Override
	protected String processKey() {
		return DuplicateBenefitSweep.REVIEW_PROCESS_KEY;
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/integrity/conflict-review.bpmn", "forms/conflict-review.form");
	}

	@BeforeEach
	void newFinding() {
		this.sweep = mock(ConflictSweepService.class);
		this.findingId = UUID.randomUUID();
		this.findingNo = "INT-%08d".formatted(90_000_000 + sequence.incrementAndGet());
		Mocks.register("conflictReviewListener", new ConflictReviewListener(this.sweep));
	}

	@Test
	void shouldOfferOneTaskToBothDistrictsAndRecordTheAcceptedAction() {
		ProcessInstance pi = start();
		Task task = task(this.findingNo, "user_review_conflict");
		assertThat(task).hasCandidateGroup("caseworkers-11680").hasCandidateGroup("caseworkers-11110").isNotAssigned();
		assertThat(task.getName()).isEqualTo("중복 수급 검토\n(review a duplicate benefit)");
		assertThat(task.getDueDate()).isNotNull();
		CamundaForm form = deployedForm(task);
		assertThat(form.keyedFields()).extracting(CamundaForm.Field::key)
			.containsAll(ConflictSweepService.DISPLAY)
			.contains("reviewOutcome", "reviewReason");
		assertThat(form.validate(Map.of("reviewOutcome", "ACCEPTED"))).containsEntry("reviewOutcome", "ACCEPTED");
		assertThatThrownBy(() -> form.validate(Map.of("reviewOutcome", "FALSE_POSITIVE")))
			.as("a false positive needs its reason")
			.isNotNull();

		this.engine.getTaskService().claim(task.getId(), "cw.gangnam");
		this.engine.getTaskService().complete(task.getId(), Map.of("reviewOutcome", "ACCEPTED"));

		assertThat(pi).isEnded().hasPassedInOrder("start_conflict_found", "user_review_conflict", "end_reviewed");
		verify(this.sweep).recordOutcome(this.findingId, Outcome.ACCEPTED, null, "cw.gangnam");
	}

	@Test
	void shouldRefuseACompletionWithoutOutcomeOrWithoutReason() {
		ProcessInstance pi = start();
		Task task = task(this.findingNo, "user_review_conflict");
		withoutEngineErrorLog(() -> {
			assertThatThrownBy(() -> this.engine.getTaskService().complete(task.getId(), Map.of()))
				.hasMessageContaining("integrity.error.reviewOutcome");
			assertThatThrownBy(() -> this.engine.getTaskService()
				.complete(task.getId(), Map.of("reviewOutcome", "OTHER_ACTION", "reviewReason", "x")))
				.hasMessageContaining("integrity.error.reviewReason");
		});
		assertThat(pi).isWaitingAt("user_review_conflict");
		verify(this.sweep, never()).recordOutcome(any(), any(), anyString(), anyString());

		this.engine.getTaskService()
			.complete(task.getId(), Map.of("reviewOutcome", "OTHER_ACTION", "reviewReason", "  감액 대신 다음 달부터 중지  "));
		assertThat(pi).isEnded();
		// nobody held the task and no user was signed in to the engine
		verify(this.sweep).recordOutcome(this.findingId, Outcome.OTHER_ACTION, "감액 대신 다음 달부터 중지", "unknown");
	}

	private ProcessInstance start() {
		return this.engine.getRuntimeService()
			.createProcessInstanceByKey(DuplicateBenefitSweep.REVIEW_PROCESS_KEY)
			.businessKey(this.findingNo)
			.setVariable(ConflictSweepService.FINDING_ID, this.findingId.toString())
			.setVariable(ConflictSweepService.REVIEW_GROUPS, "caseworkers-11680,caseworkers-11110")
			.setVariable("reviewDueDate", new Date(System.currentTimeMillis() + 14L * 24 * 3600 * 1000))
			.setVariable("findingNo", this.findingNo)
			.setVariable("benefitA", "교육급여")
			.setVariable("benefitB", "보훈 수업료")
			.setVariable("ruleText", "규칙 1")
			.setVariable("effectText", "중복 불가 (block)")
			.setVariable("proposedText", "중지")
			.execute();
	}

}
