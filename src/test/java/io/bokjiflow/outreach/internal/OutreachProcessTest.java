package io.bokjiflow.outreach.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.outreach.OutreachStatus;
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
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

/**
 * The outreach process (processes/integrity/outreach.bpmn) with the real closing delegate
 * and the outreach service behind it as a mock: not reached, declined, will apply and
 * applied, will apply and 30 days passed, applied while the contact task was open.
 */
class OutreachProcessTest extends ProcessTestCase {

	private static final String SIGUNGU = "11680";

	private OutreachService outreach;

	private UUID candidateId;

	@Override
	protected String processKey() {
		return OutreachProcess.KEY;
	}

	@Override
	protected List<String> resources() {
		return List.of("processes/integrity/outreach.bpmn", "forms/outreach.form");
	}

	@BeforeEach
	void newCandidate() {
		this.outreach = mock(OutreachService.class);
		this.candidateId = UUID.randomUUID();
		Mocks.register("closeOutreachDelegate", new CloseOutreachDelegate(this.outreach));
	}

	@Test
	void shouldGiveTheContactTaskToTheCaseworkersOfTheSigunguAndCloseAsNotReached() {
		ProcessInstance pi = start();
		Task task = task(OutreachProcess.businessKey(this.candidateId), OutreachProcess.USER_CONTACT_PERSON);
		assertThat(task).hasCandidateGroup(OrgGroups.caseworkers(SIGUNGU)).isNotAssigned();
		assertThat(task.getName()).isEqualTo("대상자 연락\n(contact the person)");

		complete(task, Map.of("reached", false, "note", "3회 전화 불통"));

		assertThat(pi).isEnded()
			.hasPassedInOrder("gateway_contact_outcome", "service_record_not_reached", "end_not_reached");
		verify(this.outreach).close(this.candidateId, OutreachStatus.NOT_REACHED, "3회 전화 불통");
	}

	@Test
	void shouldCloseAsDeclinedWhenReachedAndNotWanted() {
		ProcessInstance pi = start();
		Task task = task(OutreachProcess.businessKey(this.candidateId), OutreachProcess.USER_CONTACT_PERSON);
		assertThatThrownBy(() -> deployedForm(task).validate(Map.of("reached", true)))
			.as("a reached person needs an outcome")
			.isNotNull();

		complete(task, Map.of("reached", true, "outcome", "DECLINED", "note", "본인이 원하지 않음"));

		assertThat(pi).isEnded().hasPassedInOrder("service_record_declined", "end_declined");
		verify(this.outreach).close(this.candidateId, OutreachStatus.DECLINED, "본인이 원하지 않음");
	}

	@Test
	void shouldWaitForTheApplicationAndEndWhenItArrives() {
		ProcessInstance pi = start();
		complete(task(OutreachProcess.businessKey(this.candidateId), OutreachProcess.USER_CONTACT_PERSON),
				Map.of("reached", true, "outcome", "WILL_APPLY"));
		assertThat(pi).isWaitingAt(OutreachProcess.RECEIVE_APPLICATION);

		applicationSubmitted();

		assertThat(pi).isEnded().hasPassed("end_applied").hasNotPassed("service_record_not_applied");
		verify(this.outreach, never()).close(any(), any(), any());
	}

	@Test
	void shouldCloseAsNotAppliedAfterThirtyDays() {
		ProcessInstance pi = start();
		complete(task(OutreachProcess.businessKey(this.candidateId), OutreachProcess.USER_CONTACT_PERSON),
				Map.of("reached", true, "outcome", "WILL_APPLY", "note", "다음 주 방문 예정"));
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		assertThat(timer).isNotNull();
		long days = java.time.Duration.between(java.time.Instant.now(), timer.getDuedate().toInstant()).toDays();
		assertThat(days).isBetween(29L, 30L);

		this.engine.getManagementService().executeJob(timer.getId());

		assertThat(pi).isEnded().hasPassedInOrder("service_record_not_applied", "end_not_applied");
		verify(this.outreach).close(eq(this.candidateId), eq(OutreachStatus.NOT_APPLIED), eq("다음 주 방문 예정"));
	}

	@Test
	void shouldEndWhenThePersonAppliedBeforeTheContact() {
		ProcessInstance pi = start();

		applicationSubmitted();

		assertThat(pi).isEnded().hasPassed("boundary_applied_during_contact", "end_applied_during_contact");
		verify(this.outreach, never()).close(any(), any(), any());
	}

	private ProcessInstance start() {
		return this.engine.getRuntimeService()
			.createProcessInstanceByKey(OutreachProcess.KEY)
			.businessKey(OutreachProcess.businessKey(this.candidateId))
			.setVariable(OutreachProcess.CANDIDATE_ID, this.candidateId.toString())
			.setVariable(OutreachProcess.CASEWORKER_GROUP, OrgGroups.caseworkers(SIGUNGU))
			.setVariable(OutreachProcess.PERSON_MASKED, "김○○")
			.setVariable(OutreachProcess.PROGRAM_NAME, "국가유공자 고궁 등 이용 지원")
			.execute();
	}

	private void applicationSubmitted() {
		this.engine.getRuntimeService()
			.createMessageCorrelation(OutreachProcess.APPLICATION_SUBMITTED)
			.processInstanceBusinessKey(OutreachProcess.businessKey(this.candidateId))
			.correlateAll();
	}

	private void complete(Task task, Map<String, Object> variables) {
		this.engine.getTaskService().complete(task.getId(), variables);
	}

}
