package io.bokjiflow.casework.internal;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.testing.CaseFactsFixture;
import io.bokjiflow.testing.TestCatalog;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The tests every support-program process passes (processes/support/&lt;key&gt;.bpmn),
 * run with the program's real eligibility table, the shared call activities and the
 * forms, deployed together as the application deploys them: an approval runs the
 * program's own steps, a rejection by rule runs none, and the decision deadline escalates
 * to the supervisors without interrupting the case. A subclass names its program, the
 * steps it runs after an approval and the facts its table approves and rejects.
 */
abstract class SupportProcessTestBase extends CaseProcessTestBase {

	/** What a program does after an approval, before the notice. */
	enum ApprovedStep {

		/** Rental housing: the waiting list, with the table's rank. */
		WAITING_LIST("service_register_waiting_list"),

		/** Child care: the government's share of the fee, from the table. */
		GOVERNMENT_SHARE("service_record_government_share"),

		/** Cash and vouchers: the payment hand-off (common-payment). */
		PAYMENT("call_payment");

		final String elementId;

		ApprovedStep(String elementId) {
			this.elementId = elementId;
		}

	}

	static final String START = "start_application_registered";

	static final String INTAKE = "call_intake";

	static final String INVESTIGATION = "call_investigation";

	static final String ELIGIBILITY = "call_eligibility";

	static final String DECISION = "call_decision";

	static final String APPROVED_GATEWAY = "gateway_approved";

	static final String NOTICE = "call_notice";

	static final String END = "end_decided";

	static final String DEADLINE_TIMER = "start_deadline_near";

	static final String DEADLINE_TASK = "user_handle_deadline";

	static final String APPLY_DEADLINE = "service_apply_deadline_action";

	static final String DEADLINE_HANDLED = "end_deadline_handled";

	static final String NEW_DEADLINE_TIMER = "timer_new_deadline_near";

	static final String REVIEW = "user_review_application";

	static final String DECIDE = "user_decide_application";

	static final String LEFT_START = "start_resident_left";

	static final String RECORD_CLOSED = "service_record_case_closed";

	static final String CLOSED = "end_case_closed";

	static final String MOVED_START = "start_resident_moved";

	static final String REROUTE = "service_reroute_case";

	static final String REROUTED = "end_case_rerouted";

	static final String CONSENT = "user_obtain_consent";

	/** 종로구 청운효자동: the applicant moves from 강남구 to 종로구. */
	static final String NEW_DONG = "1111051500";

	static final String NEW_SIGUNGU = "11110";

	private static final String EXTENSION_REASON = "현장 확인이 필요하여 처리 기한을 연장합니다.";

	private final Program program;

	private final Set<ApprovedStep> steps;

	private String approvedRule;

	private CaseFactsFixture approvedFacts;

	private String rejectedRule;

	private CaseFactsFixture rejectedFacts;

	SupportProcessTestBase(String programCode, ApprovedStep... steps) {
		this.program = TestCatalog.get()
			.program(programCode)
			.orElseThrow(() -> new IllegalArgumentException("No program " + programCode));
		this.steps = steps.length == 0 ? EnumSet.noneOf(ApprovedStep.class) : EnumSet.copyOf(List.of(steps));
	}

	/** Facts (beyond the defaults) that the program's table approves by a rule. */
	final void approvedBy(String rule, CaseFactsFixture facts) {
		this.approvedRule = rule;
		this.approvedFacts = facts;
	}

	/** Facts that the program's table rejects by a rule that needs no review. */
	final void rejectedBy(String rule, CaseFactsFixture facts) {
		this.rejectedRule = rule;
		this.rejectedFacts = facts;
	}

	/** The contract defaults, to change with {@code with}. */
	static CaseFactsFixture facts() {
		return CaseFactsFixture.defaults();
	}

	@Override
	protected final String processKey() {
		return this.program.processKey();
	}

	@Override
	protected final List<String> resources() {
		List<String> resources = new ArrayList<>();
		resources.add("processes/support/" + processKey() + ".bpmn");
		resources.add("processes/rules/" + processKey() + "-eligibility.dmn");
		resources.addAll(COMMON_PROCESSES);
		resources.addAll(FORMS);
		return resources;
	}

	private boolean incomeInvestigated() {
		return this.program.investigation() == Investigation.INCOME_ASSET;
	}

	@Test
	void shouldInvestigateRunTheApprovedStepsAndNotifyWhenApproved() {
		givenFacts(this.approvedFacts, false);
		ProcessInstance pi = startCase();

		// Intake, then one asynchronous job per dataset of the program.
		assertThat(pi).isWaitingAtExactly(INVESTIGATION).hasPassedInOrder(START, INTAKE);
		assertThat(pi).calledProcessInstance("common-investigation").isWaitingAt("service_fetch_public_data");
		List<PublicDataSource> datasets = this.program.publicData();
		assertThat(asyncJobs(this.applicationNo)).as("one job per dataset").hasSize(datasets.size());
		verify(this.casework).checkApplication(this.applicationId);
		verify(this.investigation, never()).fetch(any(), any());

		assertThat(runAsyncJobs(this.applicationNo)).isEqualTo(datasets.size());

		datasets.forEach(dataset -> verify(this.investigation).fetch(this.applicationId, dataset));
		verify(this.investigation, times(incomeInvestigated() ? 1 : 0)).calculateRecognisedIncome(this.applicationId);
		assertThat(pi).hasPassedInOrder(START, INTAKE, INVESTIGATION, ELIGIBILITY);
		assertThat(pi).variables()
			.containsEntry(CaseVariables.ELIGIBLE, true)
			.containsEntry(CaseVariables.ELIGIBILITY_RULE, this.approvedRule)
			.containsEntry(CaseVariables.INCOME_INVESTIGATED, incomeInvestigated());
		verify(this.casework).recordEligibility(eq(this.applicationId), eq(true), eq(this.approvedRule), any());
		boolean review = (Boolean) historicVariable(pi, CaseVariables.REVIEW);
		String reasonCode;
		if (review || incomeInvestigated()) {
			assertThat(pi).isWaitingAtExactly(DECISION);
			reasonCode = approveInReview();
		}
		else {
			reasonCode = "RULE_" + this.approvedRule;
		}

		assertThat(pi).isEnded().hasPassedInOrder(pathWhenApproved()).hasNotPassed(DEADLINE_TASK);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("APPROVED");
		verify(this.casework).recordDecision(eq(this.applicationId), eq(ApplicationStatus.APPROVED), eq(reasonCode),
				any(), eq(this.approvedRule), anyString());
		verifyApprovedSteps(pi, true);
		verify(this.casework).recordNotice(eq(this.applicationId), any());
	}

	@Test
	void shouldNotifyARejectionByRuleWithoutATaskOrTheApprovedSteps() {
		givenFacts(this.rejectedFacts, false);
		ProcessInstance pi = startCase();
		runAsyncJobs(this.applicationNo);

		assertThat(pi).isEnded().hasPassedInOrder(START, INTAKE, INVESTIGATION, ELIGIBILITY, DECISION, NOTICE, END);
		assertThat(historicVariable(pi, CaseVariables.ELIGIBLE)).isEqualTo(false);
		assertThat(historicVariable(pi, CaseVariables.REVIEW)).as("a rule that needs no review").isEqualTo(false);
		assertThat(historicVariable(pi, CaseVariables.ELIGIBILITY_RULE)).isEqualTo(this.rejectedRule);
		assertThat(historicVariable(pi, CaseVariables.DECISION)).isEqualTo("REJECTED");
		if (!this.steps.isEmpty()) {
			assertThat(pi).hasPassed(APPROVED_GATEWAY);
		}
		verify(this.casework).recordDecision(this.applicationId, ApplicationStatus.REJECTED,
				"RULE_" + this.rejectedRule, null, this.rejectedRule, RecordDecisionDelegate.SYSTEM);
		verify(this.casework, never()).moveTo(any(), any());
		verifyApprovedSteps(pi, false);
		verify(this.casework).recordNotice(eq(this.applicationId), any());
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "KEEP", "EXTEND" })
	void shouldAskTheSupervisorsToActOnTheDeadlineWithoutInterruptingTheCase(String action) {
		// The case still waits for a consent form when the deadline nears.
		when(this.casework.checkApplication(this.applicationId)).thenReturn(false, true);
		givenFacts(this.approvedFacts, false);
		ProcessInstance pi = startCase();
		assertThat(pi).isWaitingAtExactly(INTAKE);
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(DEADLINE_TIMER)
			.singleResult();
		assertThat(timer.getDuedate()).isEqualTo(ESCALATION);

		ClockUtil.setCurrentTime(ESCALATION);
		this.engine.getManagementService().executeJob(timer.getId());

		assertThat(pi).isWaitingAt(INTAKE, DEADLINE_TASK);
		boolean extend = "EXTEND".equals(action);
		Date again = Date.from(ESCALATION.toInstant().plus(java.time.Duration.ofDays(10)));
		when(this.casework.applyDeadlineAction(any(), eq("EXTEND"), any(), any(), any(), any())).thenReturn(again);
		actOnDeadline(action);
		verify(this.casework).applyDeadlineAction(this.applicationId, action, extend ? 10 : null,
				extend ? EXTENSION_REASON : null, SUPERVISOR, this.applicationNo);
		if (extend) {
			// An extended deadline is watched again: the supervisors are asked before it
			// too.
			assertThat(pi).hasPassedInOrder(DEADLINE_TIMER, DEADLINE_TASK, APPLY_DEADLINE)
				.hasNotPassed(DEADLINE_HANDLED)
				.isWaitingAt(INTAKE, NEW_DEADLINE_TIMER);
			Job next = this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(pi.getId())
				.activityId(NEW_DEADLINE_TIMER)
				.singleResult();
			assertThat(next.getDuedate()).isEqualTo(again);
			ClockUtil.setCurrentTime(again);
			this.engine.getManagementService().executeJob(next.getId());
			assertThat(pi).isWaitingAt(INTAKE, DEADLINE_TASK);
			actOnDeadline("KEEP");
			verify(this.casework).applyDeadlineAction(this.applicationId, "KEEP", null, null, SUPERVISOR,
					this.applicationNo);
		}
		assertThat(pi).hasPassedInOrder(DEADLINE_TIMER, DEADLINE_TASK, APPLY_DEADLINE, DEADLINE_HANDLED)
			.isWaitingAtExactly(INTAKE);

		complete("user_obtain_consent", Map.of("financialConsentReceived", true, "consentReceivedOn", "2025-03-27"),
				CASEWORKER);

		assertThat(pi).isWaitingAtExactly(INVESTIGATION).hasPassed(INTAKE);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "DEATH, DECEASED", "DEREGISTRATION, DEREGISTERED", "EMIGRATION, EMIGRATED" })
	void shouldCloseTheCaseWithTheReasonWhenTheApplicantLeavesTheRegisterDuringTheApplication(String kind,
			String reason) {
		when(this.casework.checkApplication(this.applicationId)).thenReturn(false);
		givenFacts(this.approvedFacts, false);
		ProcessInstance pi = startCase();
		assertThat(pi).isWaitingAtExactly(INTAKE);
		assertThat(task(this.applicationNo, CONSENT)).isNotNull();

		correlate(CaseVariables.RESIDENT_LEFT_MESSAGE, pi, Map.of(CaseVariables.LIFE_EVENT_KIND, kind));

		assertThat(pi).isEnded().hasPassedInOrder(LEFT_START, RECORD_CLOSED, CLOSED).hasNotPassed(DECISION, NOTICE);
		verify(this.casework).closeCase(this.applicationId, reason, "RC-" + kind);
		assertThat(
				this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(this.applicationNo).count())
			.as("no task of the case is left, in the call activities neither")
			.isZero();
		assertThat(this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(this.applicationNo)
			.count()).isZero();
		verify(this.casework, never()).recordDecision(any(), any(), any(), any(), any(), any());
	}

	@Test
	void shouldRerouteTheOpenTasksToTheNewDistrictWhenTheApplicantMovesAndGoOn() {
		when(this.casework.checkApplication(this.applicationId)).thenReturn(false, true);
		givenFacts(this.approvedFacts, false);
		ProcessInstance pi = startCase();
		// a supervisors' task in the program's instance, a caseworkers' one in intake's
		ClockUtil.setCurrentTime(ESCALATION);
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(DEADLINE_TIMER)
			.singleResult();
		this.engine.getManagementService().executeJob(timer.getId());
		this.engine.getTaskService().claim(task(this.applicationNo, CONSENT).getId(), CASEWORKER);
		this.engine.getTaskService().claim(task(this.applicationNo, DEADLINE_TASK).getId(), "admin");
		when(this.identity.user(CASEWORKER)).thenReturn(Optional.of(user(CASEWORKER, SIGUNGU)));
		when(this.identity.user("admin")).thenReturn(Optional.of(user("admin", null)));
		when(this.casework.relocate(this.applicationId, NEW_DONG, "RC-MOVE")).thenReturn(SIGUNGU);

		correlate(CaseVariables.RESIDENT_MOVED_MESSAGE, pi, Map.of(CaseVariables.MOVED_TO_ADMIN_DONG, NEW_DONG));

		assertThat(pi).hasPassedInOrder(MOVED_START, REROUTE, REROUTED).isWaitingAt(INTAKE, DEADLINE_TASK);
		Task consent = task(this.applicationNo, CONSENT);
		assertThat(candidateGroups(consent)).containsExactly("caseworkers-" + NEW_SIGUNGU);
		assertThat(consent.getAssignee()).as("the assignee works for the old 시·군·구").isNull();
		Task deadline = task(this.applicationNo, DEADLINE_TASK);
		assertThat(candidateGroups(deadline)).containsExactly("supervisors-" + NEW_SIGUNGU);
		assertThat(deadline.getAssignee()).as("not of the old 시·군·구").isEqualTo("admin");
		assertThat(this.engine.getRuntimeService().getVariable(pi.getId(), CaseVariables.SIGUNGU_CODE))
			.isEqualTo(NEW_SIGUNGU);
		assertThat(
				this.engine.getRuntimeService().getVariable(consent.getProcessInstanceId(), CaseVariables.SIGUNGU_CODE))
			.as("the call activity's own variable")
			.isEqualTo(NEW_SIGUNGU);

		// the supervisors' Camunda reads move with the case
		verify(this.grants).moveCase(pi.getId(), SIGUNGU, NEW_SIGUNGU);

		// the same move again: casework finds the case there already, nothing changes
		correlate(CaseVariables.RESIDENT_MOVED_MESSAGE, pi, Map.of(CaseVariables.MOVED_TO_ADMIN_DONG, NEW_DONG));
		assertThat(candidateGroups(task(this.applicationNo, CONSENT))).containsExactly("caseworkers-" + NEW_SIGUNGU);

		// the case goes on
		complete(CONSENT, Map.of("financialConsentReceived", true, "consentReceivedOn", "2025-03-27"), CASEWORKER);
		assertThat(pi).isWaitingAt(INVESTIGATION).hasPassed(INTAKE);
	}

	private void correlate(String message, ProcessInstance pi, Map<String, Object> variables) {
		String changeId = "RC-" + variables.getOrDefault(CaseVariables.LIFE_EVENT_KIND, "MOVE");
		this.engine.getRuntimeService()
			.createMessageCorrelation(message)
			.processInstanceId(pi.getId())
			.setVariables(variables)
			.setVariable(CaseVariables.LIFE_EVENT_CHANGE_ID, changeId)
			.correlateWithResult();
	}

	private List<String> candidateGroups(Task task) {
		return this.engine.getTaskService()
			.getIdentityLinksForTask(task.getId())
			.stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
			.map(IdentityLink::getGroupId)
			.toList();
	}

	private static CurrentUser user(String username, String sigunguCode) {
		return new CurrentUser(username, username,
				new Organization(sigunguCode == null ? "1352000" : sigunguCode, null,
						sigunguCode == null ? OrgLevel.MINISTRY : OrgLevel.SIGUNGU, "기관", "agency"),
				sigunguCode, Set.of(), List.of());
	}

	private void actOnDeadline(String action) {
		assertGroupTask(DEADLINE_TASK, SUPERVISORS, "deadline-escalation");
		Map<String, Object> submitted = new HashMap<>();
		submitted.put("deadlineAction", action);
		submitted.put("extensionDays", 10);
		submitted.put("extensionReason", EXTENSION_REASON);
		complete(DEADLINE_TASK, submitted, SUPERVISOR);
	}

	/**
	 * Approves the case waiting in common-decision: the review and, after an income and
	 * asset investigation, the decision with reasons by another caseworker.
	 * @return the reason code the decision is recorded with
	 */
	private String approveInReview() {
		assertGroupTask(REVIEW, CASEWORKERS, "case-review");
		verify(this.casework).moveTo(this.applicationId, ApplicationStatus.IN_REVIEW);
		complete(REVIEW, Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"), CASEWORKER);
		if (!incomeInvestigated()) {
			return "REVIEW_APPROVE";
		}
		assertGroupTask(DECIDE, CASEWORKERS, "case-decision");
		complete(DECIDE, Map.of("decisionOutcome", "APPROVE", "decisionReason", "소득·재산 기준을 충족합니다."), SECOND_CASEWORKER);
		return "DECISION_APPROVE";
	}

	private String[] pathWhenApproved() {
		List<String> path = new ArrayList<>(List.of(START, INTAKE, INVESTIGATION, ELIGIBILITY, DECISION));
		if (!this.steps.isEmpty()) {
			path.add(APPROVED_GATEWAY);
		}
		this.steps.forEach(step -> path.add(step.elementId));
		path.add(NOTICE);
		path.add(END);
		return path.toArray(String[]::new);
	}

	private void verifyApprovedSteps(ProcessInstance pi, boolean approved) {
		for (ApprovedStep step : ApprovedStep.values()) {
			boolean runs = approved && this.steps.contains(step);
			if (runs) {
				assertThat(pi).hasPassed(step.elementId);
			}
			else {
				assertThat(pi).hasNotPassed(step.elementId);
			}
			switch (step) {
				case WAITING_LIST -> {
					if (runs) {
						Object rank = historicVariable(pi, CaseVariables.RANK);
						assertThat(rank).as("the table's rank").isNotNull();
						verify(this.casework).registerOnWaitingList(this.applicationId, (Integer) rank);
					}
					else {
						verify(this.casework, never()).registerOnWaitingList(any(), any());
					}
				}
				case GOVERNMENT_SHARE -> {
					if (runs) {
						Object share = historicVariable(pi, CaseVariables.SHARE_PERCENT);
						assertThat(share).as("the table's share").isNotNull();
						verify(this.casework).recordGovernmentShare(this.applicationId, (Integer) share);
					}
					else {
						verify(this.casework, never()).recordGovernmentShare(any(), any());
					}
				}
				case PAYMENT -> verify(this.casework, runs ? times(1) : never()).requestPayment(this.applicationId,
						null, null, null);
			}
		}
	}

	/**
	 * The investigation derives these facts; an income and asset investigation gives the
	 * recognised income among them.
	 */
	private void givenFacts(CaseFactsFixture facts, boolean flagged) {
		assertThat(facts).as("the subclass names the facts").isNotNull();
		CaseFactsFixture derived = facts.with(CaseVariables.INCOME_INVESTIGATED, incomeInvestigated());
		Map<String, Object> variables = new HashMap<>(derived.asVariables());
		variables.put(CaseVariables.FLAGGED, flagged);
		when(this.investigation.deriveFacts(this.applicationId)).thenReturn(variables);
		when(this.investigation.calculateRecognisedIncome(this.applicationId)).thenReturn(Map.of("recognisedIncome",
				derived.get("recognisedIncome"), "incomePercentOfMedian", derived.get("incomePercentOfMedian")));
	}

	private ProcessInstance startCase() {
		return start(processKey(), this.program.code(), Map.of());
	}

}
