package io.bokjiflow.openmarket.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.LocalProgramCases;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.PaymentMethod;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.testing.IntegrationTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Local-program applications end to end, on the application's engine with the job
 * executor: a caseworker registers an application for the sample 강남구 장수수당, enters its
 * application items in the task of the pinned version's form, the criteria are evaluated
 * against the registry, the case is approved by rule, paid and notified, then waits for
 * the next month's payment until the benefit is stopped; and a case started before a new
 * version was published keeps the old version's form and amount while a new case gets the
 * new ones.
 */
class OpenMarketProcessIT extends IntegrationTest {

	private static final String LONGEVITY = "L11680-LONGEVITY";

	/** A 행정동 of 강남구 with a community centre (cw.gangnam's). */
	private static final String GANGNAM_DONG = "1168064000";

	@Autowired
	private org.camunda.bpm.engine.ManagementService management;

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private LocalPrograms programs;

	@Autowired
	private LocalProgramCases cases;

	@Autowired
	private TaskService taskService;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private HistoryService history;

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private Clock clock;

	@Test
	void shouldRunTheLongevityAllowanceFromApplicationToRegularPayment() {
		LocalDate today = LocalDate.now(this.clock);
		ProgramVersion version = this.programs.effective(LONGEVITY, today).orElseThrow();
		LocalPrograms.ApplicationForm form = this.programs.applicationForm(version.id()).orElseThrow();

		// A resident born in 1933 who moved to 강남구 five years ago.
		ApplicationSummary app = submit(LONGEVITY, rrnBornIn("33"));
		movedIn(app, today.minusYears(5));
		Task items = awaitItemsTask(app);
		assertThat(items.getCamundaFormRef().getKey()).isEqualTo(form.formId());
		assertThat(items.getCamundaFormRef().getVersion()).isEqualTo(form.camundaVersion());
		assertThat(this.cases.pinnedVersion(app.id())).map(LocalProgramCases.PinnedVersion::versionId)
			.contains(version.id());

		complete(items, Map.of("applicantRelation", "SELF", "paymentAccount", "NORMAL", "contactPhone", "01012345678",
				"dataConsent", true));

		ProcessInstance pi = awaitActivity(app, "timer_next_payment");
		CaseFile file = as("cw.gangnam", () -> this.casework.caseFile(app.id()).orElseThrow());
		assertThat(file.application().status()).isEqualTo(ApplicationStatus.APPROVED);
		assertThat(file.eligibilityRule()).contains(SupportCriteriaCheck.CRITERIA_MET);
		assertThat(file.explanation()).hasValueSatisfying(x -> {
			assertThat(x.decisionKey()).isEqualTo(LONGEVITY);
			assertThat(x.version()).isEqualTo(version.version());
			assertThat(x.facts()).containsKeys("minAge", "minResidenceMonths", "residenceCodes");
			assertThat(x.description()).startsWith("지원 기준을 모두 충족합니다");
		});
		assertThat(handedToPayment(app)).containsExactly(version.content().amountWon());
		assertThat(paymentOrders(app)).as("the payment order").containsExactly(version.content().amountWon());
		java.time.YearMonth next = java.time.YearMonth.from(today).plusMonths(1);
		assertThat(this.runtime.getVariable(pi.getId(), "paymentPeriod")).isEqualTo(next.toString());

		// The month comes: the timer fires, eligibility is checked again and the period
		// is paid as
		// an order of its own (key application:<no>:<period>), then the loop waits for
		// the next.
		org.camunda.bpm.engine.runtime.Job timer = this.management.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		this.management.executeJob(timer.getId());
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.runtime.getVariable(pi.getId(), "paymentPeriod"),
					period -> next.plusMonths(1).toString().equals(period));
		awaitActivity(app, "timer_next_payment");
		assertThat(paymentOrders(app)).as("first payment and the first period")
			.containsExactly(version.content().amountWon(), version.content().amountWon());
		assertThat(this.jdbc.sql("select idempotency_key from pay_order where reference like ? order by ordered_at")
			.param(app.applicationNo() + "%")
			.query(String.class)
			.list())
			.containsExactly("application:" + app.applicationNo(), "application:" + app.applicationNo() + ":" + next);

		// The caseworker stops the benefit (e.g. the resident moved away).
		this.runtime.createMessageCorrelation("BenefitStopped")
			.processInstanceBusinessKey(app.applicationNo())
			.setVariable("benefitEndReason", "MOVED_OUT")
			.correlate();
		awaitEnded(app);
		assertThat(this.cases.benefitRecords(app.id())).singleElement().satisfies(r -> {
			assertThat(r.kind()).isEqualTo(BenefitKinds.BENEFIT_ENDED);
			assertThat(r.reference()).isEqualTo("MOVED_OUT");
		});
	}

	@Test
	void shouldKeepTheVersionACaseStartedWithWhenANewOneIsPublished() {
		LocalDate today = LocalDate.now(this.clock);
		String code = "L11680-P" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
		ProgramVersion v1 = as("official.gangnam", () -> this.programs.createProgram(code, content(30_000, "item1")));
		as("official.gangnam", () -> this.programs.submitForApproval(v1.id(), today));
		as("sv.gangnam", () -> this.programs.approve(v1.id()));

		ApplicationSummary before = submit(code, rrnBornIn("70"));
		Task itemsBefore = awaitItemsTask(before);

		ProgramVersion v2 = as("official.gangnam", () -> this.programs.draftChange(code));
		as("official.gangnam", () -> this.programs.saveDraft(v2.id(), v2.revision(), content(50_000, "item2")));
		as("official.gangnam", () -> this.programs.submitForApproval(v2.id(), today));
		as("sv.gangnam", () -> this.programs.approve(v2.id()));
		assertThat(this.programs.effective(code, today)).map(ProgramVersion::id).contains(v2.id());

		ApplicationSummary after = submit(code, rrnBornIn("71"));
		Task itemsAfter = awaitItemsTask(after);

		int form1 = this.programs.applicationForm(v1.id()).orElseThrow().camundaVersion();
		int form2 = this.programs.applicationForm(v2.id()).orElseThrow().camundaVersion();
		assertThat(form2).isGreaterThan(form1);
		assertThat(itemsBefore.getCamundaFormRef().getVersion()).isEqualTo(form1);
		assertThat(itemsAfter.getCamundaFormRef().getVersion()).isEqualTo(form2);

		// Each case is completed with its own version's items.
		complete(itemsBefore, Map.of("item1", "before"));
		complete(itemsAfter, Map.of("item2", "after"));
		awaitEnded(before);
		awaitEnded(after);

		assertThat(this.cases.pinnedVersion(before.id())).map(LocalProgramCases.PinnedVersion::version).contains(1);
		assertThat(this.cases.pinnedVersion(after.id())).map(LocalProgramCases.PinnedVersion::version).contains(2);
		assertThat(handedToPayment(before)).as("the old version's amount").containsExactly(30_000L);
		assertThat(handedToPayment(after)).as("the new version's amount").containsExactly(50_000L);
		assertThat(paymentOrders(before)).as("ordered with the old version's amount").containsExactly(30_000L);
		assertThat(paymentOrders(after)).as("ordered with the new version's amount").containsExactly(50_000L);
		for (ApplicationSummary app : List.of(before, after)) {
			assertThat(as("cw.gangnam", () -> this.casework.caseFile(app.id()).orElseThrow().application().status()))
				.isEqualTo(ApplicationStatus.APPROVED);
		}
	}

	private static ProgramContent content(long amount, String itemKey) {
		String form = """
				{"id":"whatever","type":"default","components":[
				  {"type":"textfield","key":"%s","label":"신청 항목 %s","validate":{"required":true}}
				]}""".formatted(itemKey, itemKey);
		return new ProgramContent(TaskType.ONE_OFF_CASH_ELIGIBILITY, "11680", "시험 출산장려금", "Test childbirth grant",
				"일시 지급", "One-off", "시험 조례", false, null, form,
				new Criteria(null, null, null, null, List.of("11680"), null, null, null, null, null), amount, "신청 후 1회",
				1_000_000L, List.of(PaymentMethod.BANK_TRANSFER), 14, List.of(), List.of("test data"));
	}

	private ApplicationSummary submit(String programCode, String rrn) {
		return as("cw.gangnam", () -> this.casework.submit(new NewApplication(programCode, rrn, "김시험",
				"서울특별시 강남구 테헤란로 1", GANGNAM_DONG, true, false, UUID.randomUUID().toString())));
	}

	/**
	 * The person's move-in date, which a newly registered applicant does not have yet.
	 */
	private void movedIn(ApplicationSummary app, LocalDate on) {
		assertThat(
				this.jdbc.sql("update reg_person set moved_in_on = ? where id = ?").params(on, app.personId()).update())
			.isEqualTo(1);
	}

	private Task awaitItemsTask(ApplicationSummary app) {
		Task task = awaitTask(app.applicationNo());
		assertThat(task.getTaskDefinitionKey()).isEqualTo("user_enter_application_items");
		assertThat(this.taskService.getIdentityLinksForTask(task.getId()))
			.anyMatch(l -> "caseworkers-11680".equals(l.getGroupId()));
		return this.taskService.createTaskQuery().taskId(task.getId()).initializeFormKeys().singleResult();
	}

	/** Claims and completes a task as the task list does (values checked by its form). */
	private void complete(Task task, Map<String, Object> values) {
		as("cw.gangnam", () -> {
			this.tasks.claim(task.getId());
			this.tasks.complete(task.getId(), new HashMap<>(values));
			return null;
		});
	}

	private ProcessInstance awaitActivity(ApplicationSummary app, String activityId) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.runtime.createProcessInstanceQuery()
				.processInstanceBusinessKey(app.applicationNo())
				.activityIdIn(activityId)
				.singleResult(), pi -> pi != null);
	}

	private void awaitEnded(ApplicationSummary app) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(app.applicationNo())
				.list()
				.stream()
				.filter(h -> h.getSuperProcessInstanceId() == null)
				.map(HistoricProcessInstance::getEndTime)
				.toList(), ends -> ends.size() == 1 && ends.get(0) != null);
	}

	/** The amounts the case handed to common-payment (its paymentAmountWon). */
	private List<Object> handedToPayment(ApplicationSummary app) {
		return this.history.createHistoricProcessInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.processDefinitionKey("common-payment")
			.list()
			.stream()
			.map(h -> this.history.createHistoricVariableInstanceQuery()
				.processInstanceId(h.getId())
				.variableName("paymentAmountWon")
				.singleResult()
				.getValue())
			.toList();
	}

	/** The amounts of the payment orders of the case (payments module). */
	private List<Long> paymentOrders(ApplicationSummary app) {
		return this.jdbc.sql("select amount_won from pay_order where reference like ? order by ordered_at")
			.param(app.applicationNo() + "%")
			.query(Long.class)
			.list();
	}

	/** A valid resident number (legacy check digit) of a woman born on 1 Jan 19yy. */
	private static String rrnBornIn(String yy) {
		String front = yy + "0101" + "2" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10;
	}

}
