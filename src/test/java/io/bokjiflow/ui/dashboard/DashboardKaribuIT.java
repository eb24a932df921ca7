package io.bokjiflow.ui.dashboard;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import io.bokjiflow.casework.CaseDashboard;
import io.bokjiflow.casework.CaseDashboard.Count;
import io.bokjiflow.casework.CaseDashboard.DayCount;
import io.bokjiflow.casework.CaseDashboard.DueCase;
import io.bokjiflow.casework.CaseDashboard.IncidentRow;
import io.bokjiflow.casework.CaseDashboard.LeadTime;
import io.bokjiflow.casework.CaseDashboard.SlaCase;
import io.bokjiflow.casework.CaseDashboard.SlaLevel;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.ui.KaribuTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor dashboard against known cases planted in a private 시·군·구 (a made-up code
 * with its own supervisor), so that the shared database's other cases never count: every
 * panel's figures, the SLA levels with the applicant-wait pause, an SLA rule override,
 * who may open it, and the retry of real failed jobs, one by its row and one in bulk.
 */
class DashboardKaribuIT extends KaribuTest {

	/**
	 * A bcrypt hash of a random password nobody knows: users are stored with hashes only
	 * (SecurityIT checks every row), and the test signs in without a password.
	 */
	private static final String PLANTED_PASSWORD_HASH = "{bcrypt}"
			+ new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4)
				.encode(java.util.UUID.randomUUID().toString());

	private static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private CaseDashboard dashboard;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private TaskService tasks;

	private String sigungu;

	private String supervisor;

	private Instant now;

	private LocalDate today;

	@BeforeEach
	void plantDistrict() {
		// 5 digits beginning with 9: no real 시·군·구 code does.
		this.sigungu = "9" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		this.jdbc.update(
				"insert into idn_organization (code, parent_code, level, name_ko, name_en) "
						+ "values (?, '11', 'SIGUNGU', ?, ?) on conflict do nothing",
				this.sigungu, "시험구" + this.sigungu, "Test-gu " + this.sigungu);
		this.supervisor = "sv.dash" + this.sigungu;
		this.jdbc.update("insert into idn_user (username, password_hash, display_name, org_code) values (?, ?, ?, ?) "
				+ "on conflict do nothing", this.supervisor, PLANTED_PASSWORD_HASH, "대시보드 감독", this.sigungu);
		this.jdbc.update("insert into idn_user_role (username, role) values (?, 'SUPERVISOR') on conflict do nothing",
				this.supervisor);
		this.now = this.clock.instant();
		this.today = LocalDate.ofInstant(this.now, ClockConfiguration.ZONE);
		FlakyStep.failing = true;
	}

	@AfterEach
	void healFlakyStep() {
		FlakyStep.failing = false;
	}

	@Test
	void shouldShowEachPanelOfThePlantedDistrict() {
		String a1 = plantCase("TRAVEL_VOUCHER", "IN_REVIEW", 12, -2);
		String a2 = plantCase("TRAVEL_VOUCHER", "IN_REVIEW", 5, 2);
		String a3 = plantCase("PERMANENT_RENTAL", "INVESTIGATING", 24, 6);
		plantCase("PERMANENT_RENTAL", "SUBMITTED", 1, 29);
		String d1 = plantCase("TRAVEL_VOUCHER", "APPROVED", 10, 4);
		String d2 = plantCase("TRAVEL_VOUCHER", "REJECTED", 3, 11);
		plantDecision(d1, "APPROVED", 4);
		plantDecision(d2, "REJECTED", 1);
		plantTask(a1, "신청 검토\n(review application)", "cw.dash.a");
		plantTask(a2, "신청 검토\n(review application)", "cw.dash.a");
		plantTask(a3, "급여 결정\n(decide with reasons)", "cw.dash.b");
		// a3 waited 5 days for the applicant's financial-data consent (paused).
		plantPause(a3, 20, 15);

		openUiAs(this.supervisor);
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		CaseDashboard.Snapshot s = view.snapshot();
		assertThat(s.sigunguCode()).isEqualTo(this.sigungu);

		// Open cases per program and per current task (charts and their tables).
		assertThat(counts(rows(view.openByProgram)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("TRAVEL_VOUCHER", 2L, "PERMANENT_RENTAL", 2L));
		assertThat(view.openByProgramChart.getOption()).contains("\"type\":\"bar\"", "[2,2]");
		assertThat(view.openByProgramChart.getElement().getAttribute("aria-label")).isEqualTo("사업별 진행 중 사례 수 막대 그래프");
		assertThat(counts(rows(view.openByActivity))).containsExactlyInAnyOrderEntriesOf(
				Map.of("신청 검토\n(review application)", 2L, "급여 결정\n(decide with reasons)", 1L));
		assertThat(view.openByActivityChart.getOption()).contains("신청 검토", "급여 결정");

		// Overdue and soon due by the legal decision date.
		assertThat(rows(view.overdue)).extracting(DueCase::applicationNo).containsExactly(a1);
		assertThat(rows(view.overdue).get(0).daysLeft()).isEqualTo(-2);
		assertThat(rows(view.dueSoon)).extracting(DueCase::applicationNo).containsExactly(a2);
		assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("dashboard-deadline-counts"))
			.getText()).isEqualTo("처리기한 경과 1건, 3일 이내 기한 임박 1건");

		// Throughput per day and lead time per program.
		List<DayCount> days = rows(view.throughput);
		assertThat(days).hasSize(30);
		assertThat(days.stream().mapToLong(DayCount::started).sum()).isEqualTo(6);
		assertThat(days.stream().mapToLong(DayCount::decided).sum()).isEqualTo(2);
		assertThat(day(days, 4).decided()).isEqualTo(1);
		assertThat(day(days, 12).started()).isEqualTo(1);
		assertThat(view.throughputChart.getOption()).contains("\"type\":\"line\"");
		List<LeadTime> lead = rows(view.leadTimes);
		assertThat(lead).singleElement().satisfies(l -> {
			assertThat(l.programCode()).isEqualTo("TRAVEL_VOUCHER");
			assertThat(l.decided()).isEqualTo(2);
			assertThat(l.averageDays()).isCloseTo(4.0, org.assertj.core.data.Offset.offset(0.01));
			assertThat(l.p90Days()).isCloseTo(5.6, org.assertj.core.data.Offset.offset(0.01));
		});

		// Workload per caseworker.
		assertThat(counts(rows(view.workload)))
			.containsExactlyInAnyOrderEntriesOf(Map.of("cw.dash.a", 2L, "cw.dash.b", 1L));

		// SLA: a1 (data-only, 12 days ≥ 11) escalated, a3 (24 days minus 5 paused = 19 ≥
		// 15)
		// warned, a2 (5 days, reaches 11 within 7) forecast; the 1-day case and the
		// decided ones not listed.
		Map<String, SlaCase> sla = rows(view.sla).stream().collect(Collectors.toMap(SlaCase::applicationNo, c -> c));
		assertThat(sla).containsOnlyKeys(a1, a2, a3);
		assertThat(sla.get(a1).level()).isEqualTo(SlaLevel.ESCALATE);
		assertThat(sla.get(a2).level()).isEqualTo(SlaLevel.FORECAST);
		assertThat(sla.get(a2).daysToEscalate()).isCloseTo(6.0, org.assertj.core.data.Offset.offset(0.11));
		assertThat(sla.get(a3).level()).isEqualTo(SlaLevel.WARN);
		assertThat(sla.get(a3).pausedDays()).isCloseTo(5.0, org.assertj.core.data.Offset.offset(0.11));
		assertThat(sla.get(a3).ageDays()).isCloseTo(19.0, org.assertj.core.data.Offset.offset(0.11));
		assertThat(view.slaSummary.getText()).isEqualTo("경고 1건 · 상향 보고 1건 · 7일 안에 상향 보고 예상 1건");

		// A supervisor tightens the rule of 영구임대: a3 (19 days) is now escalated.
		String before = this.jdbc
			.queryForList("select warn_days || '/' || escalate_days from cw_sla_rule "
					+ "where program_code = 'PERMANENT_RENTAL'", String.class)
			.stream()
			.findFirst()
			.orElse(null);
		try {
			LocatorJ._setValue(view.ruleProgram, "PERMANENT_RENTAL");
			LocatorJ._setValue(view.ruleWarn, 10);
			LocatorJ._setValue(view.ruleEscalate, 18);
			_click(_get(Button.class, spec -> spec.withId("dashboard-rule-save")));
			assertThat(view.snapshot().sla().stream().filter(c -> c.applicationNo().equals(a3)).findFirst())
				.hasValueSatisfying(c -> assertThat(c.level()).isEqualTo(SlaLevel.ESCALATE));
			assertThat(rows(view.slaRules)).filteredOn(r -> r.programCode().equals("PERMANENT_RENTAL"))
				.singleElement()
				.satisfies(r -> assertThat(r.updatedBy()).isEqualTo(this.supervisor));
			// Out of order days are refused with a message.
			com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
			assertThat(view.ruleProgram.getValue()).isEqualTo("PERMANENT_RENTAL");
			LocatorJ._setValue(view.ruleWarn, 20);
			_click(_get(Button.class, spec -> spec.withId("dashboard-rule-save")));
			com.github.mvysny.kaributesting.v10.NotificationsKt
				.expectNotifications("경고 일수는 1일 이상이고 상향 보고 일수(365일 이하)보다 작아야 합니다.");
		}
		finally {
			// The rule table is shared by every test: put back what was there.
			if (before == null) {
				this.jdbc.update("delete from cw_sla_rule where program_code = 'PERMANENT_RENTAL'");
			}
			else {
				String[] d = before.split("/");
				this.jdbc.update(
						"update cw_sla_rule set warn_days = ?, escalate_days = ? "
								+ "where program_code = 'PERMANENT_RENTAL'",
						Integer.parseInt(d[0]), Integer.parseInt(d[1]));
			}
		}
	}

	@Test
	void shouldKeepSupervisorsToTheirDistrictAndCaseworkersOut() {
		plantCase("TRAVEL_VOUCHER", "IN_REVIEW", 2, 12);
		// sv.gangnam sees 강남구 only, not the planted district.
		assertThatThrownBy(() -> as("sv.gangnam",
				() -> this.dashboard
					.snapshot(new CaseDashboard.Filter(this.sigungu, this.today.minusDays(7), this.today))))
			.isInstanceOf(AccessDeniedException.class);
		// An administrator may pick it.
		assertThat(as("admin",
				() -> this.dashboard
					.snapshot(new CaseDashboard.Filter(this.sigungu, this.today.minusDays(7), this.today)))
			.openCases()).isEqualTo(1);
		// A caseworker gets neither the figures nor the view.
		assertThatThrownBy(() -> as("cw.gangnam",
				() -> this.dashboard.snapshot(new CaseDashboard.Filter("11680", this.today.minusDays(7), this.today))))
			.isInstanceOf(AccessDeniedException.class);
		openUiAs("cw.gangnam");
		assertThatThrownBy(() -> UI.getCurrent().navigate("dashboard"))
			.isInstanceOf(com.github.mvysny.kaributesting.v10.MockAccessDeniedException.class);
		assertThat(LocatorJ._find(DashboardView.class)).isEmpty();
		// and no menu entry
		assertThat(
				LocatorJ._find(com.vaadin.flow.component.sidenav.SideNavItem.class, spec -> spec.withText("감독자 대시보드")))
			.isEmpty();
	}

	@Test
	void shouldRetryFailedJobsOneByItsRowAndOthersInBulk() {
		String processKey = "dashboard-retry-test";
		this.repository.createDeployment()
			.name(processKey)
			.enableDuplicateFiltering(true)
			.addModelInstance(processKey + ".bpmn",
					Bpmn.createExecutableProcess(processKey)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("service_flaky_source")
						.camundaAsyncBefore()
						.camundaClass(FlakyStep.class.getName())
						.userTask("user_after_retry")
						.name("재시도 후 (after retry)")
						.endEvent()
						.done())
			.deploy();
		String x = plantCase("TRAVEL_VOUCHER", "INVESTIGATING", 1, 13);
		String y = plantCase("TRAVEL_VOUCHER", "INVESTIGATING", 1, 13);
		for (String no : List.of(x, y)) {
			String pi = this.runtime.startProcessInstanceByKey(processKey, no).getId();
			this.jdbc.update("update cw_application set process_instance_id = ? where application_no = ?", pi, no);
			awaitIncident(pi);
		}

		openUiAs(this.supervisor);
		UI.getCurrent().navigate(DashboardView.class);
		DashboardView view = _get(DashboardView.class);
		List<IncidentRow> incidents = rows(view.incidents);
		assertThat(incidents).extracting(IncidentRow::applicationNo).containsExactlyInAnyOrder(x, y);
		assertThat(incidents).allSatisfy(i -> {
			assertThat(i.message()).isEqualTo(FlakyStep.MESSAGE);
			assertThat(i.activityId()).isEqualTo("service_flaky_source");
			assertThat(i.retryable()).isTrue();
		});
		IncidentRow ofX = incidents.stream().filter(i -> i.applicationNo().equals(x)).findFirst().orElseThrow();

		// Another district's supervisor may not retry them.
		CaseDashboard.RetryResult refused = as("sv.gangnam", () -> this.dashboard.retry(List.of(ofX.incidentId())));
		assertThat(refused.retried()).isZero();
		assertThat(refused.refused()).containsExactly(ofX.incidentId());
		assertThat(job(x).getRetries()).isZero();

		// The source is back: retry x by its row.
		FlakyStep.failing = false;
		int row = rows(view.incidents).indexOf(ofX);
		_click((Button) GridKt._getCellComponent(view.incidents, row, "actions"));
		com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("1건을 재시도했습니다. 제외 0건");
		assertThat(rows(view.incidents)).extracting(IncidentRow::applicationNo).containsExactly(y);
		awaitTaskAfterRetry(x);
		assertThat(this.runtime.createIncidentQuery().incidentId(ofX.incidentId()).count()).isZero();

		// y in bulk: select and retry the selection.
		view.incidents.select(rows(view.incidents).get(0));
		_click(_get(Button.class, spec -> spec.withId("dashboard-retry-selected")));
		assertThat(rows(view.incidents)).isEmpty();
		awaitTaskAfterRetry(y);
		assertThat(this.jdbc.queryForObject("select count(*) from cw_case_incident where application_no in (?, ?)",
				Long.class, x, y))
			.isZero();
	}

	private void awaitIncident(String processInstanceId) {
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Job job = this.management.createJobQuery().processInstanceId(processInstanceId).singleResult();
			if (job != null && job.getRetries() > 0) {
				try {
					this.management.executeJob(job.getId());
				}
				catch (RuntimeException expected) {
					// the step fails; the engine counts the retry down
				}
			}
			return this.runtime.createIncidentQuery().processInstanceId(processInstanceId).count() == 1
					&& this.jdbc.queryForObject(
							"select count(*) from cw_case_incident c join act_ru_incident r on r.id_ = c.incident_id "
									+ "where r.proc_inst_id_ = ?",
							Long.class, processInstanceId) == 1;
		});
	}

	private Job job(String applicationNo) {
		return this.management.createJobQuery().processInstanceId(processInstance(applicationNo)).singleResult();
	}

	private String processInstance(String applicationNo) {
		return this.jdbc.queryForObject("select process_instance_id from cw_application where application_no = ?",
				String.class, applicationNo);
	}

	/** The job executor runs the retried job; the process reaches its next task. */
	private void awaitTaskAfterRetry(String applicationNo) {
		String pi = processInstance(applicationNo);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.tasks.createTaskQuery()
				.processInstanceId(pi)
				.taskDefinitionKey("user_after_retry")
				.count() == 1);
	}

	private String plantCase(String program, String status, int submittedDaysAgo, int dueInDays) {
		String no = "DSH-" + this.sigungu + "-" + SEQ.incrementAndGet() + "-"
				+ ThreadLocalRandom.current().nextInt(1000);
		String dong = this.sigungu + "51000";
		this.jdbc.update("""
				insert into cw_application (id, application_no, program_code, person_id, applicant_name_mask,
				    admin_dong_code, sigungu_code, status, consent_given, submitted_by, submitted_org, submitted_at,
				    decision_due_on)
				values (?, ?, ?, ?, '김*시', ?, ?, ?, true, 'cw.dash.a', ?, ?, ?)
				""", UUID.randomUUID(), no, program, UUID.randomUUID(), dong, this.sigungu, status, dong,
				Timestamp.from(this.now.minus(Duration.ofDays(submittedDaysAgo))), this.today.plusDays(dueInDays));
		return no;
	}

	private void plantDecision(String applicationNo, String outcome, int daysAgo) {
		this.jdbc.update("""
				insert into cw_decision (id, application_id, outcome, reason_code, decided_by, decided_at)
				select ?, id, ?, 'TEST', 'cw.dash.a', ? from cw_application where application_no = ?
				""", UUID.randomUUID(), outcome, Timestamp.from(this.now.minus(Duration.ofDays(daysAgo))),
				applicationNo);
	}

	private void plantTask(String applicationNo, String name, String assignee) {
		this.jdbc.update("""
				insert into cw_task (task_id, application_no, task_name, task_definition_key, created_at, assignee,
				    candidate_groups)
				values (?, ?, ?, 'user_review_application', ?, ?, array[?])
				""", "dash-" + UUID.randomUUID(), applicationNo, name, Timestamp.from(this.now), assignee,
				"caseworkers-" + this.sigungu);
	}

	/** A finished consent task (waiting for the applicant) in the case's history. */
	private void plantPause(String applicationNo, int startedDaysAgo, int endedDaysAgo) {
		String pi = "dash-pi-" + UUID.randomUUID();
		this.jdbc.update("update cw_application set process_instance_id = ? where application_no = ?", pi,
				applicationNo);
		this.jdbc.update("""
				insert into act_hi_taskinst (id_, task_def_key_, root_proc_inst_id_, proc_inst_id_, start_time_,
				    end_time_)
				values (?, 'user_obtain_consent', ?, ?, ?, ?)
				""", "dash-" + UUID.randomUUID(), pi, pi,
				Timestamp.from(this.now.minus(Duration.ofDays(startedDaysAgo))),
				Timestamp.from(this.now.minus(Duration.ofDays(endedDaysAgo))));
	}

	private DayCount day(List<DayCount> days, int daysAgo) {
		LocalDate d = this.today.minusDays(daysAgo);
		return days.stream().filter(x -> x.day().equals(d)).findFirst().orElseThrow();
	}

	private static Map<String, Long> counts(List<Count> counts) {
		return counts.stream().collect(Collectors.toMap(Count::key, Count::count));
	}

	private static <T> List<T> rows(Grid<T> grid) {
		return GridKt._fetch(grid, 0, GridKt._size(grid));
	}

}
