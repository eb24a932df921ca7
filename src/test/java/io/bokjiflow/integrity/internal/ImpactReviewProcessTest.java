package io.bokjiflow.integrity.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.testing.ProcessTestCase;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The impact review process (processes/integrity/impact-review.bpmn) with the real
 * delegate and the review service behind it as a mock: the task reaches the caseworkers
 * of every 시·군·구 named, with its due date and form; completing it applies the decisions.
 */
class ImpactReviewProcessTest extends ProcessTestCase {

	private static final AtomicInteger sequence = new AtomicInteger();

	private ImpactReviewService service;

	private UUID reviewId;

	private String reviewNo;

	@Override
	protected String processKey() {
		return ImpactReviewProcess.KEY;
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/integrity/impact-review.bpmn", "forms/impact-review.form");
	}

	@BeforeEach
	void newReview() {
		this.service = mock(ImpactReviewService.class);
		this.reviewId = UUID.randomUUID();
		this.reviewNo = "IMP-2099-%06d".formatted(sequence.incrementAndGet());
		Mocks.register("applyImpactDecisionsDelegate", new ApplyImpactDecisionsDelegate(this.service));
	}

	@Test
	void shouldOfferTheReviewToTheCaseworkersOfBothDistrictsAndApplyTheDecisions() {
		Date due = Date.from(Instant.parse("2099-03-04T09:00:00Z"));
		ProcessInstance pi = start("caseworkers-11650,caseworkers-11680", due);

		assertThat(pi).isWaitingAt(ImpactReviewProcess.USER_REVIEW).hasPassed("start_change_recorded");
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.initializeFormKeys()
			.singleResult();
		assertThat(task).hasCandidateGroup(OrgGroups.caseworkers("11650"))
			.hasCandidateGroup(OrgGroups.caseworkers("11680"))
			.isNotAssigned();
		assertThat(task.getDueDate()).isEqualTo(due);
		assertThat(task.getName()).isEqualTo("변동 영향 검토\n(review the impact of a change)");
		assertThat(task.getCamundaFormRef().getKey()).isEqualTo("impact-review");
		verify(this.service, never()).apply(any(), any());

		this.engine.getTaskService().complete(task.getId(), Map.of("appliedCount", 2));

		assertThat(pi).isEnded()
			.hasPassedInOrder(ImpactReviewProcess.USER_REVIEW, ImpactReviewProcess.SERVICE_APPLY, "end_reviewed");
		verify(this.service).apply(this.reviewId, this.reviewNo);
	}

	@Test
	void shouldOfferASingleDistrictsReviewToItsCaseworkersOnly() {
		ProcessInstance pi = start("caseworkers-11680", Date.from(Instant.parse("2099-03-04T09:00:00Z")));

		Task task = this.engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
		assertThat(this.engine.getTaskService().getIdentityLinksForTask(task.getId())).extracting(l -> l.getGroupId())
			.containsExactly("caseworkers-11680");
	}

	private ProcessInstance start(String groups, Date due) {
		return this.engine.getRuntimeService()
			.startProcessInstanceByKey(ImpactReviewProcess.KEY, this.reviewNo,
					Map.of(ImpactReviewProcess.REVIEW_ID, this.reviewId.toString(),
							ImpactReviewProcess.CANDIDATE_GROUPS, groups, ImpactReviewProcess.DUE_DATE, due,
							ImpactReviewProcess.PROPOSAL_COUNT, 3, ImpactReviewProcess.CHANGE_KIND, "DEATH"));
	}

}
