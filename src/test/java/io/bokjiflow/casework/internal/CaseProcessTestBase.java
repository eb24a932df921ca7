package io.bokjiflow.casework.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.internal.notice.DecisionLetterFactory;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.DistrictGrants;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.testing.ProcessTestCase;
import io.bokjiflow.testing.TestCatalog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.BeforeEach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Base of the casework process tests: the real delegates, listener and investigation plan
 * on the shared engine, with the services behind them — {@link CaseworkService} (the case
 * file), {@link CaseInvestigation} (public data and facts) and the decision letters — as
 * Mockito mocks, a fresh application per test and the engine's clock on its application
 * day.
 */
abstract class CaseProcessTestBase extends ProcessTestCase {

	static final String SIGUNGU = "11680";

	static final String CASEWORKERS = "caseworkers-" + SIGUNGU;

	static final String SUPERVISORS = "supervisors-" + SIGUNGU;

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final LocalDate APPLIED_ON = LocalDate.of(2025, 3, 3);

	static final Instant APPLIED_AT = APPLIED_ON.atTime(10, 0).atZone(SEOUL).toInstant();

	/** The legal decision date of a 30-day program. */
	static final Date DECISION_DUE = Date.from(APPLIED_ON.plusDays(30).atStartOfDay(SEOUL).toInstant());

	/** A fifth of the deadline before it, at 09:00 (CaseworkService.escalationDate). */
	static final Date ESCALATION = Date.from(APPLIED_ON.plusDays(24).atTime(9, 0).atZone(SEOUL).toInstant());

	static final String CASEWORKER = "cw.gangnam";

	static final String SECOND_CASEWORKER = "cw.gangnam2";

	static final String SUPERVISOR = "sv.gangnam";

	static final List<String> COMMON_PROCESSES = List.of("processes/common/common-intake.bpmn",
			"processes/common/common-investigation.bpmn", "processes/common/common-eligibility.bpmn",
			"processes/common/common-decision.bpmn", "processes/common/common-notice.bpmn",
			"processes/common/common-payment.bpmn");

	static final List<String> FORMS = List.of("forms/case-consent.form", "forms/case-review.form",
			"forms/case-decision.form", "forms/deadline-escalation.form", "forms/duplicate-override.form");

	private static final AtomicInteger sequence = new AtomicInteger();

	CaseworkService casework;

	CaseInvestigation investigation;

	DecisionLetterFactory letters;

	Identity identity;

	DistrictGrants grants;

	UUID applicationId;

	/** The business key of the case's process instances. */
	String applicationNo;

	/** The catalogue the investigation plan reads; the real one unless a test says. */
	ProgramCatalog catalog() {
		return TestCatalog.get();
	}

	@BeforeEach
	final void newCaseWithDelegates() {
		this.casework = mock(CaseworkService.class);
		this.investigation = mock(CaseInvestigation.class);
		this.letters = mock(DecisionLetterFactory.class);
		this.identity = mock(Identity.class);
		this.grants = mock(DistrictGrants.class);
		this.applicationId = UUID.randomUUID();
		this.applicationNo = "PT-2025-%06d".formatted(sequence.incrementAndGet());
		when(this.casework.checkApplication(any())).thenReturn(true);
		when(this.casework.checkDuplicateBenefits(any())).thenReturn(DuplicateBenefitCheck.Result.NONE);
		ClockUtil.setCurrentTime(Date.from(APPLIED_AT));

		Mocks.register("checkApplicationDelegate", new CheckApplicationDelegate(this.casework));
		Mocks.register("recordConsentDelegate", new RecordConsentDelegate(this.casework));
		Mocks.register("investigationPlan", new InvestigationPlan(catalog()));
		Mocks.register("fetchPublicDataDelegate", new FetchPublicDataDelegate(this.investigation));
		Mocks.register("deriveCaseFactsDelegate", new DeriveCaseFactsDelegate(this.investigation));
		Mocks.register("calculateRecognisedIncomeDelegate", new CalculateRecognisedIncomeDelegate(this.investigation));
		EvaluateEligibilityDelegate eligibility = new EvaluateEligibilityDelegate(this.engine.getDecisionService(),
				this.engine.getRepositoryService(), this.casework);
		Mocks.register("evaluateEligibilityDelegate", eligibility);
		Mocks.register("markInReviewListener", new MarkInReviewListener(this.casework));
		Mocks.register("checkDuplicateBenefitsDelegate", new CheckDuplicateBenefitsDelegate(this.casework));
		Mocks.register("recordDecisionDelegate", new RecordDecisionDelegate(this.casework));
		Mocks.register("registerWaitingListDelegate", new RegisterWaitingListDelegate(this.casework));
		Mocks.register("recordGovernmentShareDelegate", new RecordGovernmentShareDelegate(this.casework, eligibility));
		Mocks.register("requestPaymentDelegate", new RequestPaymentDelegate(this.casework));
		Mocks.register("recordNoticeDelegate", new RecordNoticeDelegate(this.casework, this.letters));
		Mocks.register("applyDeadlineActionDelegate", new ApplyDeadlineActionDelegate(this.casework));
		Mocks.register("recordCaseClosedDelegate", new RecordCaseClosedDelegate(this.casework));
		Mocks.register("rerouteCaseDelegate", new RerouteCaseDelegate(this.casework, this.identity, this.grants));
	}

	/**
	 * Starts a process for the case as {@code CaseworkService.submit} does, with more
	 * variables where a test starts a call activity on its own.
	 */
	ProcessInstance start(String processKey, String programCode, Map<String, Object> more) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CaseVariables.APPLICATION_ID, this.applicationId.toString());
		variables.put(CaseVariables.PROGRAM_CODE, programCode);
		variables.put(CaseVariables.SIGUNGU_CODE, SIGUNGU);
		variables.put(CaseVariables.DECISION_DUE_DATE, DECISION_DUE);
		variables.put(CaseVariables.ESCALATION_DATE, ESCALATION);
		variables.putAll(more);
		ProcessInstance pi = this.engine.getRuntimeService()
			.startProcessInstanceByKey(processKey, this.applicationNo, variables);
		assertThat(pi.getBusinessKey()).isEqualTo(this.applicationNo);
		return pi;
	}

	/**
	 * Checks what a task list shows: the candidate group, the due date and the form,
	 * deployed with the process.
	 */
	Task assertGroupTask(String taskDefinitionKey, String candidateGroup, String formKey) {
		Task task = task(this.applicationNo, taskDefinitionKey);
		assertThat(task).hasCandidateGroup(candidateGroup).hasDueDate(DECISION_DUE).isNotAssigned();
		assertThat(task.getCamundaFormRef().getKey()).isEqualTo(formKey);
		assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("deployment");
		assertThat(deployedForm(task).id()).isEqualTo(formKey);
		return task;
	}

	/**
	 * Completes a task as the task list does: the values checked by the deployed form,
	 * and who completed it.
	 */
	void complete(String taskDefinitionKey, Map<String, Object> submitted, String user) {
		Task task = task(this.applicationNo, taskDefinitionKey);
		CamundaForm form = deployedForm(task);
		Map<String, Object> values = new HashMap<>(form.validate(submitted));
		values.put(CaseVariables.COMPLETED_BY.get(taskDefinitionKey), user);
		this.engine.getTaskService().complete(task.getId(), values);
	}

}
