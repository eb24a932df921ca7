package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseProcessing;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.casework.internal.InvestigationPlan;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaEvaluator;
import io.bokjiflow.openmarket.Eligibility;
import io.bokjiflow.openmarket.LocalProgramCases.PinnedVersion;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.Subject;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.testing.ProcessTestCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The tests every open-market task type with an application passes
 * (processes/openmarket/&lt;key&gt;.bpmn), on the shared call activities and forms
 * deployed together as the application deploys them. The open market's delegates are the
 * real ones, with the services behind them (local programs, criteria evaluator, casework,
 * registry, case store) as Mockito mocks; the casework delegates the shared call
 * activities call are small fakes that keep their variable contract (docs/case-facts.md)
 * and record what they were given. A subclass names its task type; what runs after the
 * decision follows from the type's axes.
 */
abstract class OpenMarketProcessTestBase extends ProcessTestCase {

	static final String SIGUNGU = "11680";

	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	static final LocalDate APPLIED_ON = LocalDate.of(2025, 3, 3);

	static final Instant APPLIED_AT = APPLIED_ON.atTime(10, 0).atZone(SEOUL).toInstant();

	static final Date DECISION_DUE = Date.from(APPLIED_ON.plusDays(14).atStartOfDay(SEOUL).toInstant());

	static final Date ESCALATION = Date.from(APPLIED_ON.plusDays(11).atTime(9, 0).atZone(SEOUL).toInstant());

	static final String START = "start_application_registered";

	static final String APPLICATION = "subprocess_application";

	static final String INTAKE = "call_intake";

	static final String PIN = "service_pin_program_version";

	static final String VERSION_GATEWAY = "gateway_version_pinned";

	static final String ITEMS = "user_enter_application_items";

	static final String INVESTIGATION = "call_investigation";

	static final String NATIONAL_CHECK = "service_check_national_benefit";

	static final String EVALUATE = "service_evaluate_support_criteria";

	static final String DECISION = "call_decision";

	static final String APPROVED_GATEWAY = "gateway_approved";

	static final String PAYMENT = "call_payment";

	static final String VOUCHER = "service_issue_voucher";

	static final String REDUCTION = "service_register_reduction";

	static final String DELIVERY_TASK = "user_record_delivery";

	static final String DELIVERY_RECORD = "service_record_delivery";

	static final String NOTICE = "call_notice";

	static final String END = "end_decided";

	static final String END_DELIVERED = "end_delivered";

	static final String REGULAR = "subprocess_regular_payments";

	static final String SCHEDULE = "service_schedule_next_payment";

	static final String TIMER = "timer_next_payment";

	static final String RECHECK = "service_recheck_eligibility";

	static final String PERIOD_PAYMENT = "call_period_payment";

	static final String PAYMENTS_ENDED = "end_payments_ended";

	static final String STOPPED = "boundary_benefit_stopped";

	static final String RECORD_END = "service_record_benefit_end";

	static final String END_BENEFIT = "end_benefit_ended";

	static final String DEADLINE_TIMER = "start_deadline_near";

	static final String DEADLINE_TASK = "user_handle_deadline";

	static final String DEADLINE_HANDLED = "end_deadline_handled";

	static final String NEW_DEADLINE_TIMER = "timer_new_deadline_near";

	static final String NATIONAL_PROGRAM = "BASIC_LIVELIHOOD";

	static final List<String> COMMON_PROCESSES = List.of("processes/common/common-intake.bpmn",
			"processes/common/common-investigation.bpmn", "processes/common/common-decision.bpmn",
			"processes/common/common-notice.bpmn", "processes/common/common-payment.bpmn");

	static final List<String> FORMS = List.of("forms/case-consent.form", "forms/case-review.form",
			"forms/case-decision.form", "forms/deadline-escalation.form", "forms/om-delivery-record.form",
			"forms/duplicate-override.form");

	/** The public datasets of the fake investigation plan: one async job each. */
	static final List<String> DATASETS = List.of("RESIDENT_REGISTER", "NATIONAL_TAX");

	/** The recognised income the fake investigation calculates. */
	static final long CASE_INCOME = 1_200_000L;

	private static final AtomicInteger sequence = new AtomicInteger();

	final TaskType type;

	/** The application form of the test program, deployed twice (versions 1 and 2). */
	final String formId = "om-test-application-" + UUID.randomUUID().toString().substring(0, 8);

	private final List<String> formDeployments = new ArrayList<>();

	LocalPrograms programs;

	CriteriaEvaluator evaluator;

	CaseProcessing cases;

	Registry registry;

	OpenMarketCaseStore store;

	UUID applicationId;

	UUID personId;

	String applicationNo;

	String programCode;

	/** The version in force on the application date, and a later one. */
	ProgramVersion version1;

	ProgramVersion version2;

	/** What the fakes of the casework delegates were given, in order. */
	List<Map<String, Object>> paymentRequests;

	List<String> decisions;

	List<String> notices;

	/** What the fakes of the life-event delegates were given: the kind, the 행정동. */
	List<String> closed;

	List<String> moved;

	int fetches;

	OpenMarketProcessTestBase(TaskType type) {
		this.type = type;
	}

	@Override
	protected final String processKey() {
		return this.type.processKey();
	}

	@Override
	protected final List<String> resources() {
		List<String> resources = new ArrayList<>();
		resources.add("processes/openmarket/" + processKey() + ".bpmn");
		resources.addAll(COMMON_PROCESSES);
		resources.addAll(FORMS);
		return resources;
	}

	@BeforeAll
	final void deployApplicationForms() {
		for (String extra : List.of("", ",\n    " + field("extraItem", "추가 항목"))) {
			String json = """
					{
					  "id": "%s",
					  "type": "default",
					  "schemaVersion": 16,
					  "components": [
					    %s%s
					  ]
					}
					""".formatted(this.formId, field("livingAlone", "혼자 살고 계십니까"), extra);
			this.formDeployments.add(this.engine.getRepositoryService()
				.createDeployment()
				.name(this.formId)
				.addString(this.formId + ".form", json)
				.deploy()
				.getId());
		}
	}

	private static String field(String key, String label) {
		return """
				{ "id": "Field_%s", "type": "textfield", "key": "%s", "label": "%s", "validate": { "required": true } }"""
			.formatted(key, key, label);
	}

	@AfterAll
	final void undeployApplicationForms() {
		this.formDeployments.forEach(id -> this.engine.getRepositoryService().deleteDeployment(id, true));
	}

	boolean investigated() {
		return this.type.investigation() == TaskType.Investigation.INCOME_AND_ASSETS;
	}

	boolean national() {
		return this.type.investigation() == TaskType.Investigation.NATIONAL_PROGRAM;
	}

	boolean regularCash() {
		return this.type.schedule() == TaskType.Schedule.REGULAR && this.type.benefit() == TaskType.Benefit.CASH;
	}

	@BeforeEach
	final void newCase() {
		this.programs = mock(LocalPrograms.class);
		this.evaluator = mock(CriteriaEvaluator.class);
		this.cases = mock(CaseProcessing.class);
		this.registry = mock(Registry.class);
		this.store = mock(OpenMarketCaseStore.class);
		this.applicationId = UUID.randomUUID();
		this.personId = UUID.randomUUID();
		this.applicationNo = "OM-2025-%06d".formatted(sequence.incrementAndGet());
		this.programCode = "L11680-TEST-" + this.type.number();
		this.paymentRequests = new ArrayList<>();
		this.decisions = new ArrayList<>();
		this.notices = new ArrayList<>();
		this.closed = new ArrayList<>();
		this.moved = new ArrayList<>();
		this.fetches = 0;
		ClockUtil.setCurrentTime(Date.from(APPLIED_AT));
		Clock clock = Clock.fixed(APPLIED_AT, SEOUL);

		this.version1 = version(1, 30_000L, LocalDate.of(2025, 1, 1));
		this.version2 = version(2, 50_000L, LocalDate.of(2025, 3, 10));
		when(this.programs.effective(eq(this.programCode), any())).thenAnswer(inv -> Optional
			.of(inv.<LocalDate>getArgument(1).isBefore(this.version2.effectiveFrom()) ? this.version1 : this.version2));
		for (ProgramVersion v : List.of(this.version1, this.version2)) {
			when(this.programs.version(v.id())).thenReturn(Optional.of(v));
			when(this.programs.applicationForm(v.id()))
				.thenReturn(Optional.of(new LocalPrograms.ApplicationForm(this.formId, v.version())));
		}
		when(this.cases.application(this.applicationId))
			.thenReturn(Optional.of(new ApplicationSummary(this.applicationId, this.applicationNo, this.programCode,
					this.personId, "김*순", SIGUNGU + "10100", ApplicationStatus.SUBMITTED, APPLIED_AT, "cw.gangnam",
					APPLIED_ON.plusDays(14), null)));
		when(this.store.pinnedVersion(this.applicationId)).thenReturn(Optional.empty());
		when(this.store.pin(eq(this.applicationId), anyString(), anyString(), any(), any(Integer.class), any()))
			.thenAnswer(inv -> new PinnedVersion(this.applicationId, this.programCode, inv.getArgument(3),
					inv.getArgument(4), inv.getArgument(5)));
		when(this.evaluator.subject(eq(this.personId), any())).thenReturn(Optional.of(subject()));
		givenCriteria(true);
		when(this.registry.find(this.personId)).thenReturn(Optional.of(person("ALIVE")));
		givenNationalBenefit("ACTIVE");

		SupportCriteriaCheck check = new SupportCriteriaCheck(this.programs, this.evaluator, this.cases, this.registry,
				clock);
		Mocks.register("pinProgramVersionDelegate",
				new PinProgramVersionDelegate(this.programs, this.cases, this.store, clock));
		Mocks.register("evaluateSupportCriteriaDelegate", new EvaluateSupportCriteriaDelegate(check, this.cases));
		Mocks.register("checkNationalBenefitDelegate", new CheckNationalBenefitDelegate(check));
		Mocks.register("scheduleNextPaymentDelegate", new ScheduleNextPaymentDelegate(check, clock));
		Mocks.register("recheckEligibilityDelegate",
				new RecheckEligibilityDelegate(check, this.programs, this.registry, clock));
		Mocks.register("recordBenefitEndDelegate", new RecordBenefitEndDelegate(this.store, clock));
		Mocks.register("issueVoucherDelegate", new IssueVoucherDelegate(check, this.store, clock));
		Mocks.register("registerReductionDelegate", new RegisterReductionDelegate(check, this.store, clock));
		Mocks.register("recordDeliveryDelegate", new RecordDeliveryDelegate(check, this.store, clock));
		registerCaseworkFakes();
	}

	/**
	 * Fakes of the casework delegates behind the shared call activities, keeping the
	 * variables each sets (docs/case-facts.md, common-decision's outcome).
	 */
	private void registerCaseworkFakes() {
		Mocks.register("checkApplicationDelegate",
				(JavaDelegate) execution -> execution.setVariable("applicationComplete", true));
		Mocks.register("recordConsentDelegate", (JavaDelegate) execution -> {
		});
		InvestigationPlan plan = mock(InvestigationPlan.class);
		when(plan.datasets(this.programCode)).thenReturn(DATASETS);
		Mocks.register("investigationPlan", plan);
		Mocks.register("fetchPublicDataDelegate", (JavaDelegate) execution -> this.fetches++);
		Mocks.register("deriveCaseFactsDelegate", (JavaDelegate) execution -> {
			execution.setVariable("incomeInvestigated", investigated());
			execution.setVariable("flagged", false);
			execution.setVariable("householdSize", 2);
		});
		Mocks.register("calculateRecognisedIncomeDelegate", (JavaDelegate) execution -> {
			execution.setVariable("recognisedIncome", CASE_INCOME);
			execution.setVariable("incomePercentOfMedian", 30);
		});
		Mocks.register("markInReviewListener", (TaskListener) task -> {
		});
		Mocks.register("checkDuplicateBenefitsDelegate", (JavaDelegate) execution -> {
			execution.setVariable("duplicateReview", false);
			execution.setVariable("duplicateBlocking", false);
			execution.setVariable("duplicateConflicts", "");
		});
		Mocks.register("recordDecisionDelegate", (JavaDelegate) this::recordDecision);
		Mocks.register("requestPaymentDelegate",
				(JavaDelegate) execution -> this.paymentRequests.add(new HashMap<>(execution.getVariables())));
		Mocks.register("recordNoticeDelegate",
				(JavaDelegate) execution -> this.notices.add((String) execution.getVariable("applicationId")));
		Mocks.register("recordCaseClosedDelegate",
				(JavaDelegate) execution -> this.closed.add((String) execution.getVariable("lifeEventKind")));
		Mocks.register("rerouteCaseDelegate", (JavaDelegate) execution -> {
			String dong = (String) execution.getVariable("movedToAdminDongCode");
			this.moved.add(dong);
			execution.getProcessInstance().setVariable("sigunguCode", dong.substring(0, 5));
		});
		Mocks.register("applyDeadlineActionDelegate", (JavaDelegate) execution -> {
			if ("EXTEND".equals(execution.getVariable("deadlineAction"))) {
				execution.setVariable("escalationDate", extendedEscalation());
			}
		});
	}

	/**
	 * As RecordDecisionDelegate: the decision task's outcome, else the review's, else the
	 * rule's.
	 */
	private void recordDecision(DelegateExecution execution) {
		String decided = (String) execution.getVariable("decisionOutcome");
		String reviewed = (String) execution.getVariable("reviewOutcome");
		String outcome = decided != null ? decided : reviewed != null ? reviewed
				: Boolean.TRUE.equals(execution.getVariable("eligible")) ? "APPROVE" : "REJECT";
		String decision = "APPROVE".equals(outcome) ? "APPROVED" : "REJECTED";
		this.decisions.add(decision + " " + execution.getVariable("eligibilityRule"));
		execution.setVariable("decision", decision);
	}

	static Date extendedEscalation() {
		return Date.from(ESCALATION.toInstant().plus(java.time.Duration.ofDays(10)));
	}

	ProgramVersion version(int number, long amountWon, LocalDate effectiveFrom) {
		// Each version asks a different minimum age, so that a test can tell them apart.
		Criteria criteria = new Criteria(null, 60 + 5 * number, null, 12, List.of(SIGUNGU), null, null, null, Set.of(),
				investigated() ? 50 : null);
		ProgramVersion.ProgramContent content = new ProgramVersion.ProgramContent(this.type, SIGUNGU, "테스트 사업",
				"Test program", "요약", "summary", "서울특별시 강남구 테스트 조례", true, national() ? NATIONAL_PROGRAM : null, "{}",
				criteria, amountWon, "매월 20일", 100_000_000L, List.of(ProgramVersion.PaymentMethod.BANK_TRANSFER), 14,
				List.of("test"), List.of());
		return new ProgramVersion(UUID.randomUUID(), this.programCode, number, 0, ProgramVersion.Status.PUBLISHED,
				content, effectiveFrom, "official", "official", "supervisor", APPLIED_AT, null);
	}

	Subject subject() {
		return new Subject(this.personId, "F", LocalDate.of(1950, 5, 1), LocalDate.of(2010, 1, 1), SIGUNGU + "10100", 1,
				0, Set.of(), null, null);
	}

	PersonSummary person(String status) {
		return new PersonSummary(this.personId, "500501-2******", "김순자", "김*자", LocalDate.of(1950, 5, 1), "F",
				SIGUNGU + "10100", status);
	}

	/** The evaluator's answer on any date: the age condition met or not. */
	void givenCriteria(boolean met) {
		Eligibility.Condition age = met ? new Eligibility.Condition("minAge", true, "나이 74세 ≥ 65세", "age 74 ≥ 65")
				: new Eligibility.Condition("minAge", false, "나이 60세 < 65세", "age 60 < 65");
		Eligibility.Condition residence = new Eligibility.Condition("minResidenceMonths", true, "거주 15년 ≥ 12개월",
				"residence 15 years ≥ 12 months");
		when(this.evaluator.evaluate(any(), any(), any())).thenReturn(new Eligibility(met, List.of(age, residence)));
	}

	/** The registry's benefit record of the national program. */
	void givenNationalBenefit(String status) {
		when(this.registry.profile(eq(this.personId), anyString(),
				anyString()))
			.thenReturn(Optional.of(new PersonProfile(person("ALIVE"), List.of(), List.of(),
					List.of(new PersonProfile.Benefit(NATIONAL_PROGRAM, "MOHW", LocalDate.of(2020, 1, 1), null,
							700_000L, status)),
					List.of(), List.of())));
	}

	ProcessInstance startCase() {
		Map<String, Object> variables = new HashMap<>();
		variables.put("applicationId", this.applicationId.toString());
		variables.put("programCode", this.programCode);
		variables.put("sigunguCode", SIGUNGU);
		variables.put("decisionDueDate", DECISION_DUE);
		variables.put("escalationDate", ESCALATION);
		return this.engine.getRuntimeService().startProcessInstanceByKey(processKey(), this.applicationNo, variables);
	}

	/** Runs the pin and checks the application-items task the caseworkers get. */
	Task pinAndOfferTheApplicationItems(ProcessInstance pi, ProgramVersion expected) {
		assertThat(pi).isWaitingAt(PIN).hasPassedInOrder(START, INTAKE);
		runAsyncJobs(this.applicationNo);
		assertThat(pi).isWaitingAt(ITEMS);
		Task task = task(this.applicationNo, ITEMS);
		assertThat(task).hasCandidateGroup("caseworkers-" + SIGUNGU).hasDueDate(DECISION_DUE).isNotAssigned();
		assertThat(task.getCamundaFormRef().getKey()).isEqualTo(this.formId);
		assertThat(task.getCamundaFormRef().getBinding()).isEqualTo("version");
		assertThat(task.getCamundaFormRef().getVersion()).isEqualTo(expected.version());
		CamundaForm form = deployedForm(task);
		assertThat(form.id()).isEqualTo(this.formId);
		assertThat(form.fields()).as("the fields of form version %d", expected.version()).hasSize(expected.version());
		assertThat(pi).variables()
			.containsEntry("programVersionId", expected.id().toString())
			.containsEntry("programVersion", expected.version())
			.containsEntry("seizureProtectedAllowed", true);
		if (this.type.benefit() == TaskType.Benefit.CASH) {
			assertThat(pi).variables().containsEntry("paymentAmountWon", expected.content().amountWon());
		}
		else {
			assertThat(pi).variables().doesNotContainKey("paymentAmountWon");
		}
		verify(this.store).pin(eq(this.applicationId), eq(this.applicationNo), eq(this.programCode), eq(expected.id()),
				eq(expected.version()), any());
		return task;
	}

	/**
	 * The caseworker enters the items (checked by the pinned form), then the checks run.
	 */
	void enterItemsAndCheck(ProcessInstance pi, Task task) {
		CamundaForm form = deployedForm(task);
		Map<String, Object> submitted = new HashMap<>();
		submitted.put("livingAlone", "예");
		submitted.put("extraItem", "추가");
		this.engine.getTaskService().complete(task.getId(), form.validate(submitted));
		runAsyncJobs(this.applicationNo);
		if (investigated()) {
			assertThat(this.fetches).as("one fetch per dataset").isEqualTo(DATASETS.size());
			assertThat(pi).hasPassedInOrder(ITEMS, INVESTIGATION, EVALUATE);
		}
		else {
			assertThat(this.fetches).isZero();
			assertThat(pi).hasNotPassed(INVESTIGATION);
		}
		if (national()) {
			assertThat(pi).hasPassedInOrder(ITEMS, NATIONAL_CHECK, EVALUATE);
		}
	}

	/**
	 * The review and the decision with reasons by another caseworker, as common-decision
	 * asks after an investigation.
	 */
	void approveAfterInvestigation(ProcessInstance pi) {
		assertThat(pi).isWaitingAt(DECISION);
		Task review = task(this.applicationNo, "user_review_application");
		assertThat(review).hasCandidateGroup("caseworkers-" + SIGUNGU);
		this.engine.getTaskService()
			.complete(review.getId(), Map.of("evidenceChecked", true, "reviewOutcome", "APPROVE"));
		Task decide = task(this.applicationNo, "user_decide_application");
		this.engine.getTaskService()
			.complete(decide.getId(), Map.of("decisionOutcome", "APPROVE", "decisionReason", "기준을 충족합니다."));
	}

	@Test
	void shouldPinTheVersionTakeTheItemsCheckTheCriteriaAndGrantTheBenefit() {
		ProcessInstance pi = startCase();
		Task items = pinAndOfferTheApplicationItems(pi, this.version1);
		enterItemsAndCheck(pi, items);

		ArgumentCaptor<Subject> subject = ArgumentCaptor.forClass(Subject.class);
		verify(this.evaluator).evaluate(eq(this.version1.content().criteria()), subject.capture(), eq(APPLIED_ON));
		assertThat(subject.getValue().recognisedIncomeWon()).as("the case's own recognised income where investigated")
			.isEqualTo(investigated() ? CASE_INCOME : null);
		ArgumentCaptor<EligibilityExplanation> explanation = ArgumentCaptor.forClass(EligibilityExplanation.class);
		verify(this.cases).recordEligibility(eq(this.applicationId), eq(true), eq("CRITERIA_MET"),
				explanation.capture());
		assertThat(explanation.getValue().decisionKey()).isEqualTo(this.programCode);
		assertThat(explanation.getValue().version()).isEqualTo(1);
		assertThat(explanation.getValue().facts()).containsEntry("minAge", "충족 (met): 나이 74세 ≥ 65세");
		assertThat(explanation.getValue().labels()).containsEntry("minAge", "최저 나이 (minimum age)");
		assertThat(explanation.getValue().description()).startsWith("지원 기준을 모두 충족합니다");
		if (national()) {
			assertThat(explanation.getValue().facts()).containsKey("nationalProgramCode");
		}

		if (investigated()) {
			approveAfterInvestigation(pi);
		}
		assertThat(this.decisions).containsExactly("APPROVED CRITERIA_MET");
		assertThat(pi).hasPassedInOrder(START, APPLICATION, INTAKE, PIN, VERSION_GATEWAY, ITEMS, EVALUATE, DECISION)
			.hasNotPassed(DEADLINE_TASK);
		grantTheBenefit(pi);
	}

	/** What follows an approval, by the type's benefit and schedule. */
	private void grantTheBenefit(ProcessInstance pi) {
		switch (this.type.benefit()) {
			case CASH -> {
				assertThat(pi).hasPassedInOrder(APPLICATION, APPROVED_GATEWAY, PAYMENT, NOTICE);
				assertThat(this.paymentRequests).hasSize(1);
				assertThat(this.paymentRequests.get(0)).containsEntry("applicationId", this.applicationId.toString())
					.containsEntry("paymentAmountWon", 30_000L)
					.containsEntry("seizureProtectedAllowed", true)
					.containsEntry("programVersionId", this.version1.id().toString());
				if (regularCash()) {
					payRegularlyUntilStopped(pi);
				}
				else {
					assertThat(pi).isEnded().hasPassed(END);
				}
			}
			case VOUCHER -> {
				assertThat(pi).isEnded().hasPassedInOrder(APPROVED_GATEWAY, VOUCHER, NOTICE, END);
				verify(this.store).recordBenefit(eq(this.applicationId), eq(BenefitKinds.VOUCHER_ISSUED),
						eq("V-" + this.applicationNo), eq(30_000L), anyString(), eq("system"), any());
				assertThat(historicVariable(pi, IssueVoucherDelegate.VOUCHER_NUMBER))
					.isEqualTo("V-" + this.applicationNo);
			}
			case REDUCTION -> {
				assertThat(pi).isEnded().hasPassedInOrder(APPROVED_GATEWAY, REDUCTION, NOTICE, END);
				verify(this.store).recordBenefit(eq(this.applicationId), eq(BenefitKinds.REDUCTION_REGISTERED),
						eq("R-" + this.applicationNo), eq(30_000L), anyString(), eq("system"), any());
			}
			case IN_KIND -> {
				assertThat(pi).hasPassedInOrder(APPLICATION, NOTICE, APPROVED_GATEWAY).isWaitingAt(DELIVERY_TASK);
				Task delivery = task(this.applicationNo, DELIVERY_TASK);
				assertThat(delivery).hasCandidateGroup("caseworkers-" + SIGUNGU);
				assertThat(delivery.getCamundaFormRef().getKey()).isEqualTo("om-delivery-record");
				CamundaForm form = deployedForm(delivery);
				this.engine.getTaskService().claim(delivery.getId(), "cw.gangnam");
				this.engine.getTaskService()
					.complete(delivery.getId(), form.validate(Map.of("deliveredOn", "2025-04-02", "deliveryProvider",
							"강남구 주거복지센터", "deliveryNote", "욕실 안전손잡이 설치")));
				runAsyncJobs(this.applicationNo);
				assertThat(pi).isEnded().hasPassedInOrder(DELIVERY_TASK, DELIVERY_RECORD, END_DELIVERED);
				ArgumentCaptor<String> detail = ArgumentCaptor.forClass(String.class);
				verify(this.store).recordBenefit(eq(this.applicationId), eq(BenefitKinds.DELIVERED), eq("2025-04-02"),
						eq(30_000L), detail.capture(), eq("cw.gangnam"), any());
				assertThat(detail.getValue()).contains("강남구 주거복지센터", "욕실 안전손잡이 설치");
			}
		}
		assertThat(this.notices).containsExactly(this.applicationId.toString());
	}

	/**
	 * A regular benefit: after the first payment the case waits for each period's payment
	 * day (the schedule's "매월 20일"), re-checks and pays it, until a caseworker stops it.
	 */
	private void payRegularlyUntilStopped(ProcessInstance pi) {
		assertThat(pi).isWaitingAt(TIMER)
			.hasPassedInOrder(NOTICE, "gateway_paying_regularly", "start_regular_payments", SCHEDULE);
		Job april = timer(pi);
		assertThat(april.getDuedate())
			.isEqualTo(Date.from(LocalDate.of(2025, 4, 20).atTime(9, 0).atZone(SEOUL).toInstant()));
		this.engine.getManagementService().executeJob(april.getId());
		runAsyncJobs(this.applicationNo);
		assertThat(this.paymentRequests).hasSize(2);
		assertThat(this.paymentRequests.get(1)).containsEntry("paymentPeriod", "2025-04")
			.containsEntry("paymentAmountWon", 30_000L);
		assertThat(pi).hasPassedInOrder(TIMER, RECHECK, "gateway_still_eligible", PERIOD_PAYMENT).isWaitingAt(TIMER);
		assertThat(timer(pi).getDuedate())
			.isEqualTo(Date.from(LocalDate.of(2025, 5, 20).atTime(9, 0).atZone(SEOUL).toInstant()));

		this.engine.getRuntimeService()
			.createMessageCorrelation(OpenMarketVariables.BENEFIT_STOPPED_MESSAGE)
			.processInstanceBusinessKey(this.applicationNo)
			.setVariable(OpenMarketVariables.BENEFIT_END_REASON, "MOVED_OUT")
			.correlate();
		runAsyncJobs(this.applicationNo);

		assertThat(pi).isEnded().hasPassedInOrder(STOPPED, RECORD_END, END_BENEFIT).hasNotPassed(PAYMENTS_ENDED);
		verify(this.store).recordBenefit(eq(this.applicationId), eq(BenefitKinds.BENEFIT_ENDED), eq("MOVED_OUT"),
				eq(null), anyString(), eq("system"), any());
		assertThat(this.paymentRequests).as("no payment after the stop").hasSize(2);
	}

	private Job timer(ProcessInstance pi) {
		return this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(TIMER)
			.singleResult();
	}

	@Test
	void shouldRejectByRuleAndNotifyWhenTheCriteriaDoNotHold() {
		if (national()) {
			// The local criteria hold; the national benefit ended.
			givenNationalBenefit("ENDED");
		}
		else {
			givenCriteria(false);
		}
		String rule = national() ? "NATIONAL_PROGRAM_CODE_NOT_MET" : "MIN_AGE_NOT_MET";
		ProcessInstance pi = startCase();
		enterItemsAndCheck(pi, pinAndOfferTheApplicationItems(pi, this.version1));

		ArgumentCaptor<EligibilityExplanation> explanation = ArgumentCaptor.forClass(EligibilityExplanation.class);
		verify(this.cases).recordEligibility(eq(this.applicationId), eq(false), eq(rule), explanation.capture());
		assertThat(explanation.getValue().description()).startsWith("지원 기준을 충족하지 않습니다");
		assertThat(this.decisions).containsExactly("REJECTED " + rule);
		assertThat(pi).isEnded()
			.hasPassedInOrder(EVALUATE, DECISION, APPROVED_GATEWAY)
			.hasPassed(NOTICE, END)
			.hasNotPassed(PAYMENT, VOUCHER, REDUCTION, DELIVERY_TASK, REGULAR);
		assertThat(this.paymentRequests).isEmpty();
		verify(this.store, never()).recordBenefit(any(), any(), any(), any(), any(), any(), any());
		assertThat(this.notices).hasSize(1);
	}

	@Test
	void shouldRejectWithTheReasonWhenNoVersionAppliesOnTheApplicationDate() {
		when(this.programs.effective(eq(this.programCode), any())).thenReturn(Optional.empty());
		ProcessInstance pi = startCase();
		runAsyncJobs(this.applicationNo);

		assertThat(pi).isEnded()
			.hasPassedInOrder(INTAKE, PIN, VERSION_GATEWAY, DECISION, APPROVED_GATEWAY)
			.hasPassed(NOTICE, END)
			.hasNotPassed(ITEMS, EVALUATE);
		ArgumentCaptor<EligibilityExplanation> explanation = ArgumentCaptor.forClass(EligibilityExplanation.class);
		verify(this.cases).recordEligibility(eq(this.applicationId), eq(false),
				eq(PinProgramVersionDelegate.NO_PROGRAM_VERSION), explanation.capture());
		assertThat(explanation.getValue().description()).contains("2025-03-03");
		assertThat(this.decisions).containsExactly("REJECTED NO_PROGRAM_VERSION");
		verify(this.store, never()).pin(any(), any(), any(), any(), any(Integer.class), any());
	}

	@Test
	void shouldKeepThePinnedVersionWhenANewVersionIsPublishedDuringTheCase() {
		ProcessInstance pi = startCase();
		Task items = pinAndOfferTheApplicationItems(pi, this.version1);
		// Version 2 takes effect while the case waits; the pin runs again (an operator
		// moved the case back): it keeps version 1, from the variable and the case
		// record.
		ClockUtil.setCurrentTime(Date.from(this.version2.effectiveFrom().atTime(10, 0).atZone(SEOUL).toInstant()));
		when(this.programs.effective(eq(this.programCode), any())).thenReturn(Optional.of(this.version2));
		when(this.store.pinnedVersion(this.applicationId)).thenReturn(Optional
			.of(new PinnedVersion(this.applicationId, this.programCode, this.version1.id(), 1, APPLIED_AT)));
		this.engine.getRuntimeService()
			.createProcessInstanceModification(pi.getId())
			.cancelAllForActivity(ITEMS)
			.startBeforeActivity(PIN)
			.execute();
		runAsyncJobs(this.applicationNo);
		Task again = task(this.applicationNo, ITEMS);
		assertThat(again.getId()).isNotEqualTo(items.getId());
		assertThat(again.getCamundaFormRef().getVersion()).isEqualTo(1);
		assertThat(pi).variables().containsEntry("programVersionId", this.version1.id().toString());

		enterItemsAndCheck(pi, again);
		verify(this.evaluator, never()).evaluate(eq(this.version2.content().criteria()), any(), any());
		verify(this.evaluator).evaluate(eq(this.version1.content().criteria()), any(), eq(APPLIED_ON));
		if (this.type.benefit() == TaskType.Benefit.CASH) {
			assertThat(pi).variables().containsEntry("paymentAmountWon", 30_000L);
		}
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "KEEP", "EXTEND" })
	void shouldAskTheSupervisorsToActOnTheDeadlineWithoutInterruptingTheCase(String action) {
		ProcessInstance pi = startCase();
		pinAndOfferTheApplicationItems(pi, this.version1);
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.activityId(DEADLINE_TIMER)
			.singleResult();
		assertThat(timer.getDuedate()).isEqualTo(ESCALATION);
		ClockUtil.setCurrentTime(ESCALATION);
		this.engine.getManagementService().executeJob(timer.getId());
		assertThat(pi).isWaitingAt(ITEMS, DEADLINE_TASK);
		Task deadline = task(this.applicationNo, DEADLINE_TASK);
		assertThat(deadline).hasCandidateGroup("supervisors-" + SIGUNGU).hasDueDate(DECISION_DUE);
		this.engine.getTaskService()
			.complete(deadline.getId(),
					Map.of("deadlineAction", action, "extensionDays", 10, "extensionReason", "현장 확인이 필요합니다."));
		if ("EXTEND".equals(action)) {
			assertThat(pi).isWaitingAt(ITEMS, NEW_DEADLINE_TIMER).hasNotPassed(DEADLINE_HANDLED);
			Job next = this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(pi.getId())
				.activityId(NEW_DEADLINE_TIMER)
				.singleResult();
			assertThat(next.getDuedate()).isEqualTo(extendedEscalation());
			this.engine.getManagementService().executeJob(next.getId());
			this.engine.getTaskService()
				.complete(task(this.applicationNo, DEADLINE_TASK).getId(), Map.of("deadlineAction", "KEEP"));
		}
		assertThat(pi).hasPassed(DEADLINE_HANDLED).isWaitingAtExactly(APPLICATION, ITEMS);
	}

	@Test
	void shouldEndTheOpenCaseWhenTheApplicantDiesBeforeTheDecision() {
		ProcessInstance pi = startCase();
		pinAndOfferTheApplicationItems(pi, this.version1);

		correlate("resident-left", pi, "lifeEventKind", "DEATH");

		assertThat(pi).isEnded()
			.hasPassedInOrder("start_resident_left", "service_record_case_closed", "end_case_closed")
			.hasNotPassed(EVALUATE, DECISION, APPROVED_GATEWAY, NOTICE);
		assertThat(this.closed).containsExactly("DEATH");
		assertThat(this.decisions).isEmpty();
		assertThat(this.notices).as("no notice to a deceased applicant").isEmpty();
		assertThat(
				this.engine.getTaskService().createTaskQuery().processInstanceBusinessKey(this.applicationNo).count())
			.isZero();
	}

	@Test
	void shouldRerouteTheOpenCaseWhenTheApplicantMovesAndGoOn() {
		ProcessInstance pi = startCase();
		Task items = pinAndOfferTheApplicationItems(pi, this.version1);

		correlate("resident-moved", pi, "movedToAdminDongCode", "1111051500");

		assertThat(pi).hasPassedInOrder("start_resident_moved", "service_reroute_case", "end_case_rerouted")
			.isWaitingAtExactly(APPLICATION, ITEMS);
		assertThat(this.moved).containsExactly("1111051500");
		assertThat(this.engine.getRuntimeService().getVariable(pi.getId(), "sigunguCode")).isEqualTo("11110");
		enterItemsAndCheck(pi, items);
		assertThat(pi).hasPassed(EVALUATE);
	}

	private void correlate(String message, ProcessInstance pi, String name, String value) {
		this.engine.getRuntimeService()
			.createMessageCorrelation(message)
			.processInstanceId(pi.getId())
			.setVariable(name, value)
			.setVariable("lifeEventChangeId", "RC-1")
			.correlateWithResult();
	}

	@Test
	void shouldEndRegularPaymentsWhenTheRecheckFindsTheApplicantNoLongerAlive() {
		if (!regularCash()) {
			return;
		}
		ProcessInstance pi = startCase();
		enterItemsAndCheck(pi, pinAndOfferTheApplicationItems(pi, this.version1));
		if (investigated()) {
			approveAfterInvestigation(pi);
		}
		assertThat(pi).isWaitingAt(TIMER);
		when(this.registry.find(this.personId)).thenReturn(Optional.of(person("DECEASED")));
		this.engine.getManagementService().executeJob(timer(pi).getId());
		runAsyncJobs(this.applicationNo);

		assertThat(pi).isEnded()
			.hasPassedInOrder(RECHECK, "gateway_still_eligible", PAYMENTS_ENDED, RECORD_END, END_BENEFIT)
			.hasNotPassed(PERIOD_PAYMENT, STOPPED);
		assertThat(this.paymentRequests).as("only the first payment").hasSize(1);
		verify(this.store).recordBenefit(eq(this.applicationId), eq(BenefitKinds.BENEFIT_ENDED),
				eq(RecheckEligibilityDelegate.PERSON_NOT_ALIVE), eq(null), anyString(), eq("system"), any());
	}

	@Test
	void shouldEndRegularPaymentsWhenTheCriteriaNoLongerHoldOnAPaymentDay() {
		if (!regularCash()) {
			return;
		}
		ProcessInstance pi = startCase();
		enterItemsAndCheck(pi, pinAndOfferTheApplicationItems(pi, this.version1));
		if (investigated()) {
			approveAfterInvestigation(pi);
		}
		givenCriteria(false);
		this.engine.getManagementService().executeJob(timer(pi).getId());
		runAsyncJobs(this.applicationNo);

		assertThat(pi).isEnded().hasPassedInOrder(RECHECK, PAYMENTS_ENDED, RECORD_END, END_BENEFIT);
		verify(this.evaluator).evaluate(eq(this.version1.content().criteria()), any(), eq(LocalDate.of(2025, 4, 20)));
		verify(this.store).recordBenefit(eq(this.applicationId), eq(BenefitKinds.BENEFIT_ENDED), eq("MIN_AGE_NOT_MET"),
				eq(null), anyString(), eq("system"), any());
	}

}
