package io.bokjiflow.e2e;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.ui.dashboard.FlakyStep;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor dashboard in a real headless Chromium: 강남구's supervisor sees ECharts
 * draw the panels over cases planted for 강남구, and retries a real failed job from the
 * incidents panel; the case's process then reaches its next task. Screenshot in
 * {@code target/screenshots/dashboard.png} (also docs/images/dashboard.png).
 */
class DashboardE2E extends BrowserTest {

	private static final String PROCESS = "dashboard-e2e-retry";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Clock clock;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private TaskService tasks;

	private final String run = "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));

	private int seq;

	@Override
	protected int[] viewport() {
		// Tall: the app layout scrolls inside its content, which a full-page shot does
		// not
		// follow.
		return new int[] { 1440, 1640 };
	}

	private String processInstance;

	@AfterEach
	void healAndRemovePlantedCases() {
		FlakyStep.failing = false;
		// 강남구 is shared with the other tests: leave none of these cases or tasks behind.
		if (this.processInstance != null
				&& this.runtime.createProcessInstanceQuery().processInstanceId(this.processInstance).count() > 0) {
			this.runtime.deleteProcessInstance(this.processInstance, "DashboardE2E done");
		}
		String prefix = "DE" + this.run + "-%";
		this.jdbc.update("delete from cw_task where application_no like ?", prefix);
		this.jdbc.update("delete from cw_decision where application_id in "
				+ "(select id from cw_application where application_no like ?)", prefix);
		this.jdbc.update("delete from cw_application where application_no like ?", prefix);
	}

	@Test
	void supervisorRetriesAnIncidentFromTheDashboard() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
		// Cases of 강남구 across programs, ages and deadlines, some decided.
		String[][] open = { { "TRAVEL_VOUCHER", "13", "-1", "cw.gangnam" },
				{ "TRAVEL_VOUCHER", "9", "2", "cw.gangnam" }, { "TRAVEL_VOUCHER", "5", "9", "cw.gangnam2" },
				{ "PERMANENT_RENTAL", "26", "4", "cw.gangnam" }, { "PERMANENT_RENTAL", "17", "13", "cw.gangnam2" },
				{ "NATIONAL_RENTAL", "20", "10", null }, { "NATIONAL_RENTAL", "3", "27", "cw.gangnam2" },
				{ "CHILD_CARE_SERVICE", "2", "28", null } };
		for (String[] c : open) {
			String no = plantCase(c[0], "IN_REVIEW", now, Integer.parseInt(c[1]),
					today.plusDays(Integer.parseInt(c[2])));
			plantTask(no, "신청 검토\n(review application)", c[3], now);
		}
		for (int i = 0; i < 14; i++) {
			String program = i % 3 == 0 ? "PERMANENT_RENTAL" : "TRAVEL_VOUCHER";
			int submitted = 4 + i * 2;
			String no = plantCase(program, i % 4 == 0 ? "REJECTED" : "APPROVED", now, submitted,
					today.minusDays(submitted - 14));
			this.jdbc.update("""
					insert into cw_decision (id, application_id, outcome, reason_code, decided_by, decided_at)
					select ?, id, status, 'E2E', 'cw.gangnam', ? from cw_application where application_no = ?
					""", UUID.randomUUID(), Timestamp.from(now.minus(Duration.ofDays(submitted / 2 + 1))), no);
		}

		// One case whose public-data step fails.
		FlakyStep.failing = true;
		this.repository.createDeployment()
			.name(PROCESS)
			.enableDuplicateFiltering(true)
			.addModelInstance(PROCESS + ".bpmn",
					Bpmn.createExecutableProcess(PROCESS)
						.camundaHistoryTimeToLive(1)
						.startEvent()
						.serviceTask("service_fetch_public_data")
						.camundaAsyncBefore()
						.camundaClass(FlakyStep.class.getName())
						.userTask("user_after_retry")
						.name("재시도 후 (after retry)")
						.endEvent()
						.done())
			.deploy();
		String failing = plantCase("TRAVEL_VOUCHER", "INVESTIGATING", now, 1, today.plusDays(13));
		String pi = this.runtime.startProcessInstanceByKey(PROCESS, failing).getId();
		this.processInstance = pi;
		this.jdbc.update("update cw_application set process_instance_id = ? where application_no = ?", pi, failing);
		await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Job job = this.management.createJobQuery().processInstanceId(pi).singleResult();
			if (job != null && job.getRetries() > 0) {
				try {
					this.management.executeJob(job.getId());
				}
				catch (RuntimeException expected) {
					// fails until healed
				}
			}
			return this.runtime.createIncidentQuery().processInstanceId(pi).count() == 1;
		});

		signInAs("sv.gangnam");
		this.page.locator("vaadin-side-nav-item").filter(new Locator.FilterOptions().setHasText("감독자 대시보드")).click();
		this.page.waitForURL(url -> url.endsWith("/dashboard"));
		// ECharts drew the charts (SVG renderer) with their labels.
		Locator programChart = this.page.locator("#dashboard-panel-open-program bokjiflow-chart");
		assertThat(programChart).hasAttribute("aria-label", "사업별 진행 중 사례 수 막대 그래프");
		assertThat(programChart.locator("svg")).isVisible();
		assertThat(programChart.locator("svg")).containsText("여행바우처");
		assertThat(this.page.locator("#dashboard-panel-throughput bokjiflow-chart svg")).isVisible();
		Locator incidentRow = this.page.locator("#dashboard-incidents vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(failing));
		assertThat(incidentRow).isVisible();
		assertThat(this.page.locator("#dashboard-incidents vaadin-grid-cell-content")
			.filter(new Locator.FilterOptions().setHasText(FlakyStep.MESSAGE))
			.first()).isVisible();
		assertThat(this.page.locator("#dashboard-last-refreshed")).containsText("마지막 갱신");
		this.page.waitForTimeout(1500);
		shot("dashboard");

		// The source is back; the supervisor retries the case's step.
		FlakyStep.failing = false;
		Object before = this.page.evaluate("() => document.querySelector('#dashboard-incidents').size");
		this.page.locator("vaadin-button[aria-label='" + failing + " 재시도']").click();
		assertThat(this.page.locator("vaadin-notification-card")
			.filter(new Locator.FilterOptions().setHasText("1건을 재시도했습니다"))).isVisible();
		// The grid lost that row (other tests' incidents of 강남구 may stay).
		this.page.waitForFunction("n => document.querySelector('#dashboard-incidents').size === n - 1", before);
		await().atMost(Duration.ofSeconds(60))
			.until(() -> this.tasks.createTaskQuery()
				.processInstanceId(pi)
				.taskDefinitionKey("user_after_retry")
				.count() == 1);
		org.assertj.core.api.Assertions.assertThat(this.runtime.createIncidentQuery().processInstanceId(pi).count())
			.isZero();
	}

	private String plantCase(String program, String status, Instant now, int submittedDaysAgo, LocalDate due) {
		String no = "DE" + this.run + "-" + today(now).getYear() + "-" + "%03d".formatted(++this.seq);
		String dong = List.of("1168064000", "1168065000", "1168058000").get(this.seq % 3);
		this.jdbc.update("""
				insert into cw_application (id, application_no, program_code, person_id, applicant_name_mask,
				    admin_dong_code, sigungu_code, status, consent_given, submitted_by, submitted_org, submitted_at,
				    decision_due_on)
				values (?, ?, ?, ?, '이*영', ?, '11680', ?, true, 'cw.gangnam', ?, ?, ?)
				""", UUID.randomUUID(), no, program, UUID.randomUUID(), dong, status, dong,
				Timestamp.from(now.minus(Duration.ofDays(submittedDaysAgo))), due);
		return no;
	}

	private void plantTask(String applicationNo, String name, String assignee, Instant now) {
		this.jdbc.update("""
				insert into cw_task (task_id, application_no, task_name, task_definition_key, created_at, assignee,
				    candidate_groups)
				values (?, ?, ?, 'user_review_application', ?, ?, array['caseworkers-11680'])
				""", "e2e-" + UUID.randomUUID(), applicationNo, name, Timestamp.from(now), assignee);
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ClockConfiguration.ZONE);
	}

}
