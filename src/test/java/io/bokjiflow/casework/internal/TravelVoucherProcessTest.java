package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.internal.TravelVoucherProcess.Element;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.PublicDataUnavailableException;
import io.bokjiflow.publicdata.PublicDataUnavailableException.Failure;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.testing.TestProcessEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The travel-voucher process with its real delegates, DMN table and review form on a
 * plain engine; only the case file service behind the delegates is a mock.
 */
@Deployment(resources = { "processes/support/travel-voucher.bpmn", "processes/rules/travel-voucher-eligibility.dmn",
		"forms/travel-voucher-review.form" })
class TravelVoucherProcessTest {

	@RegisterExtension
	static final ProcessEngineExtension extension = ProcessEngineExtension.builder()
		.useProcessEngine(TestProcessEngine.get())
		.build();

	private static final String FETCH = Element.service_fetch_qualification.name();

	private static final String CHECK = Element.business_rule_check_eligibility.name();

	private static final String REVIEW = Element.user_review_application.name();

	private static final String RECORD_DECISION = Element.service_record_decision.name();

	private static final String RECORD_NOTICE = Element.service_record_notice.name();

	private static final String END = Element.end_decided.name();

	private static final UUID APPLICATION_ID = UUID.fromString("6f1c2b1e-3d4a-4c5b-9e8f-0a1b2c3d4e5f");

	private static final String APPLICATION_NO = "TV-2025-000001";

	private static final LocalDate SUBMITTED_ON = LocalDate.of(2025, 3, 3);

	private static final Date DUE = Date
		.from(LocalDate.of(2025, 4, 2).atStartOfDay(ZoneId.of("Asia/Seoul")).toInstant());

	private final CaseworkService casework = mock(CaseworkService.class);

	private ProcessEngine engine;

	@BeforeEach
	void registerDelegates() {
		this.engine = extension.getProcessEngine();
		BpmnAwareTests.init(this.engine);
		Mocks.register("fetchQualificationDelegate", new FetchQualificationDelegate(this.casework));
		Mocks.register("evaluateEligibilityDelegate",
				new EvaluateEligibilityDelegate(this.engine.getDecisionService(), this.casework));
		Mocks.register("markInReviewListener", new MarkInReviewListener(this.casework));
		Mocks.register("recordDecisionDelegate", new RecordDecisionDelegate(this.casework));
		Mocks.register("recordNoticeDelegate", new RecordNoticeDelegate(this.casework));
	}

	@AfterEach
	void reset() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	@Test
	void shouldWaitForReviewByCaseworkersOfApplicantsDistrictWhenBasicLivelihoodRecipient() throws IOException {
		when(this.casework.fetchQualificationEvidence(APPLICATION_ID))
			.thenReturn(report(fact(QualificationKind.BASIC_LIVELIHOOD, SUBMITTED_ON.minusYears(2), null)));

		ProcessInstance pi = start();

		// asyncBefore: the registration commits before public data is asked.
		assertThat(pi).isWaitingAtExactly(FETCH);
		verify(this.casework, never()).fetchQualificationEvidence(any());

		runFetchJob(pi);

		assertThat(pi).isWaitingAtExactly(REVIEW).hasPassed(FETCH, CHECK).hasNotPassed(RECORD_DECISION);
		assertThat(pi).variables()
			.containsEntry("basicLivelihood", true)
			.containsEntry("nearPoor", false)
			.containsEntry("eligible", true)
			.containsEntry("eligibilityRule", "BASIC_LIVELIHOOD");
		Task task = reviewTask(pi);
		assertThat(task).hasCandidateGroup("caseworkers-11680").hasDueDate(DUE).isNotAssigned();
		assertThat(task.getCamundaFormRef().getKey()).isEqualTo(TravelVoucherProcess.REVIEW_FORM);
		assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
		assertThat(deployedForm(task).id()).isEqualTo(TravelVoucherProcess.REVIEW_FORM);
		verify(this.casework).fetchQualificationEvidence(APPLICATION_ID);
		verify(this.casework).recordEligibility(APPLICATION_ID, true, "BASIC_LIVELIHOOD");
		verify(this.casework).moveTo(APPLICATION_ID, ApplicationStatus.IN_REVIEW);
		verify(this.casework, never()).recordDecision(any(), any(), any(), any(), any(), any());
	}

	@Test
	void shouldWaitForReviewWhenNearPoor() {
		when(this.casework.fetchQualificationEvidence(APPLICATION_ID))
			.thenReturn(report(fact(QualificationKind.NEAR_POOR, SUBMITTED_ON.minusMonths(1), SUBMITTED_ON)));

		ProcessInstance pi = start();
		runFetchJob(pi);

		assertThat(pi).isWaitingAtExactly(REVIEW);
		assertThat(pi).variables().containsEntry("eligible", true).containsEntry("eligibilityRule", "NEAR_POOR");
		verify(this.casework).recordEligibility(APPLICATION_ID, true, "NEAR_POOR");
	}

	@Test
	void shouldRejectByRuleWithoutReviewWhenNoQualification() {
		// A disability alone does not qualify, and a basic-livelihood status that ended
		// before the application no longer holds.
		when(this.casework.fetchQualificationEvidence(APPLICATION_ID))
			.thenReturn(report(fact(QualificationKind.DISABILITY, SUBMITTED_ON.minusYears(5), null),
					fact(QualificationKind.BASIC_LIVELIHOOD, SUBMITTED_ON.minusYears(3), SUBMITTED_ON.minusDays(1))));

		ProcessInstance pi = start();
		runFetchJob(pi);

		assertThat(pi).isEnded()
			.hasPassedInOrder(FETCH, CHECK, RECORD_DECISION, RECORD_NOTICE, END)
			.hasNotPassed(REVIEW);
		assertThat(historicVariable(pi, "eligible")).isEqualTo(false);
		assertThat(historicVariable(pi, "eligibilityRule")).isEqualTo("NO_QUALIFICATION");
		assertThat(historicVariable(pi, "disability")).isEqualTo(true);
		assertThat(historicVariable(pi, "decision")).isEqualTo("REJECTED");
		verify(this.casework).recordEligibility(APPLICATION_ID, false, "NO_QUALIFICATION");
		verify(this.casework).recordDecision(APPLICATION_ID, ApplicationStatus.REJECTED, "RULE_NO_QUALIFICATION", null,
				"NO_QUALIFICATION", RecordDecisionDelegate.SYSTEM);
		verify(this.casework).recordNotice(APPLICATION_ID);
		verify(this.casework, never()).moveTo(any(), any());
	}

	@Test
	void shouldRecordApprovalWhenCaseworkerApproves() throws IOException {
		ProcessInstance pi = startAndWaitForReview();
		Task task = reviewTask(pi);

		completeReview(task, Map.of("reviewOutcome", "APPROVE", "reviewReason", "hidden for an approval"),
				"caseworker-11680");

		assertThat(pi).isEnded().hasPassedInOrder(REVIEW, RECORD_DECISION, RECORD_NOTICE, END);
		assertThat(historicVariable(pi, "decision")).isEqualTo("APPROVED");
		verify(this.casework).recordDecision(APPLICATION_ID, ApplicationStatus.APPROVED, "REVIEW_APPROVE", null,
				"BASIC_LIVELIHOOD", "caseworker-11680");
		verify(this.casework).recordNotice(APPLICATION_ID);
	}

	@Test
	void shouldRecordRejectionWithReasonWhenCaseworkerRejects() throws IOException {
		ProcessInstance pi = startAndWaitForReview();

		completeReview(reviewTask(pi), Map.of("reviewOutcome", "REJECT", "reviewReason", "  해외 체류 중으로 이용이 불가합니다. "),
				"caseworker-11680");

		assertThat(pi).isEnded().hasPassed(RECORD_DECISION, RECORD_NOTICE, END);
		assertThat(historicVariable(pi, "decision")).isEqualTo("REJECTED");
		verify(this.casework).recordDecision(APPLICATION_ID, ApplicationStatus.REJECTED, "REVIEW_REJECT",
				"해외 체류 중으로 이용이 불가합니다.", "BASIC_LIVELIHOOD", "caseworker-11680");
	}

	@Test
	void shouldRetryAndRaiseIncidentWhenPublicDataFailsThenCompleteAfterRecovery() {
		Instant now = Instant.parse("2025-03-03T01:00:00Z");
		ClockUtil.setCurrentTime(Date.from(now));
		when(this.casework.fetchQualificationEvidence(APPLICATION_ID))
			.thenThrow(new PublicDataUnavailableException(PublicDataSource.QUALIFICATION, Failure.TIMEOUT, null));
		ProcessInstance pi = start();
		String jobId = fetchJob(pi).getId();

		// R3/PT1M: three attempts, a minute apart, then an incident.
		for (int attempt = 1; attempt <= 3; attempt++) {
			assertThatThrownBy(() -> withoutEngineErrorLog(() -> this.engine.getManagementService().executeJob(jobId)))
				.isInstanceOf(PublicDataUnavailableException.class);
			Job job = fetchJob(pi);
			assertThat(job.getRetries()).as("retries after attempt %d", attempt).isEqualTo(3 - attempt);
			assertThat(job.getExceptionMessage()).isEqualTo("QUALIFICATION TIMEOUT");
			if (attempt < 3) {
				assertThat(job.getDuedate()).isEqualTo(Date.from(now.plusSeconds(60)));
			}
		}

		Incident incident = this.engine.getRuntimeService()
			.createIncidentQuery()
			.processInstanceId(pi.getId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
		assertThat(incident.getActivityId()).isEqualTo(FETCH);
		assertThat(incident.getConfiguration()).isEqualTo(jobId);
		assertThat(incident.getIncidentMessage()).isEqualTo("QUALIFICATION TIMEOUT");
		assertThat(pi).isWaitingAtExactly(FETCH).hasNotPassed(CHECK);
		verify(this.casework, times(3)).fetchQualificationEvidence(APPLICATION_ID);
		verify(this.casework, never()).recordEligibility(any(), anyBoolean(), anyString());

		clearInvocations(this.casework);
		doReturn(report(fact(QualificationKind.BASIC_LIVELIHOOD, SUBMITTED_ON.minusYears(1), null))).when(this.casework)
			.fetchQualificationEvidence(APPLICATION_ID);
		this.engine.getManagementService().setJobRetries(jobId, 1);
		runFetchJob(pi);

		assertThat(pi).isWaitingAtExactly(REVIEW);
		assertThat(this.engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count())
			.isZero();
		assertThat(this.engine.getHistoryService()
			.createHistoricIncidentQuery()
			.processInstanceId(pi.getId())
			.resolved()
			.count()).isOne();
		verify(this.casework, times(1)).fetchQualificationEvidence(APPLICATION_ID);
		verify(this.casework).recordEligibility(APPLICATION_ID, true, "BASIC_LIVELIHOOD");
	}

	/**
	 * Runs an action that is meant to fail without the engine logging the expected
	 * exception's stack trace at ERROR.
	 */
	private static void withoutEngineErrorLog(Runnable action) {
		Logger context = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
		Level level = context.getLevel();
		context.setLevel(Level.OFF);
		try {
			action.run();
		}
		finally {
			context.setLevel(level);
		}
	}

	private ProcessInstance start() {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.APPLICATION_ID, APPLICATION_ID.toString());
		variables.put(CaseVariables.SIGUNGU_CODE, "11680");
		variables.put(CaseVariables.DECISION_DUE_DATE, DUE);
		ProcessInstance pi = this.engine.getRuntimeService()
			.startProcessInstanceByKey(TravelVoucherProcess.KEY, APPLICATION_NO, variables);
		assertThat(pi).isStarted().hasBusinessKey(APPLICATION_NO);
		return pi;
	}

	private ProcessInstance startAndWaitForReview() {
		when(this.casework.fetchQualificationEvidence(APPLICATION_ID))
			.thenReturn(report(fact(QualificationKind.BASIC_LIVELIHOOD, SUBMITTED_ON.minusYears(2), null)));
		ProcessInstance pi = start();
		runFetchJob(pi);
		assertThat(pi).isWaitingAtExactly(REVIEW);
		return pi;
	}

	/**
	 * Runs the fetch (asyncBefore) and then its asyncAfter continuation, which commits
	 * the evidence before the rules run.
	 */
	private void runFetchJob(ProcessInstance pi) {
		this.engine.getManagementService().executeJob(fetchJob(pi).getId());
		assertThat(pi).as("asyncAfter: the fetched evidence commits on its own").isWaitingAtExactly(FETCH);
		this.engine.getManagementService().executeJob(fetchJob(pi).getId());
	}

	private Job fetchJob(ProcessInstance pi) {
		Job job = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(FETCH)
			.singleResult();
		assertThat(job).as("the asynchronous job of %s", FETCH).isNotNull();
		return job;
	}

	private Task reviewTask(ProcessInstance pi) {
		return this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceId(pi.getId())
			.taskDefinitionKey(REVIEW)
			.initializeFormKeys()
			.singleResult();
	}

	/**
	 * Completes the review as the task list does: values checked by the deployed form.
	 */
	private void completeReview(Task task, Map<String, Object> submitted, String caseworker) throws IOException {
		Map<String, Object> values = new HashMap<>(deployedForm(task).validate(submitted));
		values.put(CaseVariables.REVIEWED_BY, caseworker);
		this.engine.getTaskService().complete(task.getId(), values);
	}

	private CamundaForm deployedForm(Task task) throws IOException {
		try (InputStream in = this.engine.getFormService().getDeployedTaskForm(task.getId())) {
			return CamundaForm.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	private Object historicVariable(ProcessInstance pi, String name) {
		var variable = this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName(name)
			.singleResult();
		assertThat(variable).as("historic variable %s", name).isNotNull();
		return variable.getValue();
	}

	private static QualificationReport report(QualificationFact... facts) {
		return new QualificationReport(SUBMITTED_ON, List.of(facts));
	}

	private static QualificationFact fact(QualificationKind kind, LocalDate from, LocalDate to) {
		return new QualificationFact(kind, from, to, null);
	}

}
