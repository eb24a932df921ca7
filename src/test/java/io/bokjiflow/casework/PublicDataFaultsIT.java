package io.bokjiflow.casework;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.internal.SimulatorFaults;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Issue 10 item 1: each kind of public-data fault the simulator plays, injected into one
 * source of a three-source investigation (toll discount: qualification, land and
 * vehicles, resident register). The failing job retries its cycle (R3: the executor's
 * attempt, then two more), raises an incident the district's supervisor sees on the
 * dashboard, and after the fault is cleared and the supervisor retries it, the case
 * reaches the caseworker's review once — one evidence row per source, no task created
 * twice.
 */
class PublicDataFaultsIT extends IntegrationTest {

	private static final PublicDataSource FAILING = PublicDataSource.LAND_VEHICLE;

	private static final Duration WAIT = Duration.ofSeconds(60);

	@Autowired
	private Casework casework;

	@Autowired
	private CaseDashboard dashboard;

	@Autowired
	private SimulatorFaults faults;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private ManagementService management;

	@Autowired
	private TaskService taskService;

	@Autowired
	private HistoryService history;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CaseTasks caseTasks;

	@Autowired
	private org.springframework.context.ApplicationContext context;

	@org.junit.jupiter.api.BeforeEach
	void otherDistrictSupervisor() {
		io.bokjiflow.identity.internal.TestCaseworkers.provisionUser(this.context, "sv.jongno.faults", "종로감독", "11110",
				PASSWORD, java.util.EnumSet.of(io.bokjiflow.identity.Role.SUPERVISOR));
	}

	@AfterEach
	void cleanUp() {
		this.faults.clear();
		this.faults.timeoutDelay(Duration.ofSeconds(8));
		signOut();
	}

	@ParameterizedTest
	@EnumSource(value = SimulatorFaults.Mode.class, names = { "TIMEOUT", "SERVER_ERROR", "MALFORMED", "UNAVAILABLE" })
	void shouldRetryThenRaiseAnIncidentAndFinishOnceAfterRecovery(SimulatorFaults.Mode mode) {
		// Longer than the client's read timeout (2 s in tests), so the client gives up.
		this.faults.timeoutDelay(Duration.ofSeconds(3));
		this.faults.inject(FAILING, mode, 0);
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TOLL_DISCOUNT",
				newApplicantRrn(), "장하늘", "서울 강남구 테헤란로 5", "1168064000", true, false, UUID.randomUUID().toString())));

		// The two healthy sources are answered by the job executor; the failing one
		// has had its first attempt when its retries are down to 2 (R3/PT1M: the
		// next attempt is a minute away, so the test makes the last two itself).
		Job job = await().atMost(WAIT).until(() -> failingJob(app), j -> j != null && j.getRetries() == 2);
		assertThat(job.getExceptionMessage()).contains(FAILING.name());
		assertThat(evidenceSources(app)).as("the healthy sources are kept while the failing one retries")
			.containsExactlyInAnyOrder(PublicDataSource.QUALIFICATION.name(),
					PublicDataSource.RESIDENT_REGISTER.name());
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();
		assertThat(this.management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isOne();
		assertThatThrownBy(() -> this.management.executeJob(job.getId())).isNotNull();
		assertThat(this.management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isZero();

		Incident incident = this.runtime.createIncidentQuery()
			.configuration(job.getId())
			.processInstanceId(job.getProcessInstanceId())
			.singleResult();
		assertThat(incident).isNotNull();
		assertThat(incident.getIncidentMessage()).contains(FAILING.name()).doesNotContain("장하늘");
		assertThat(this.taskService.createTaskQuery().processInstanceBusinessKey(app.applicationNo()).count())
			.as("no caseworker task while the data is missing")
			.isZero();

		// The supervisor of the district sees the blocked case on the dashboard;
		// another district's supervisor does not.
		CaseDashboard.Filter gangnam = new CaseDashboard.Filter("11680", LocalDate.now().minusDays(7), LocalDate.now());
		List<CaseDashboard.IncidentRow> seen = as("sv.gangnam", () -> this.dashboard.snapshot(gangnam)).incidents()
			.stream()
			.filter(r -> app.applicationNo().equals(r.applicationNo()))
			.toList();
		assertThat(seen).singleElement().satisfies(row -> {
			assertThat(row.activityId()).isEqualTo("service_fetch_public_data");
			assertThat(row.retryable()).isTrue();
		});
		CaseDashboard.Filter jongno = new CaseDashboard.Filter("11110", LocalDate.now().minusDays(7), LocalDate.now());
		assertThat(as("sv.jongno.faults", () -> this.dashboard.snapshot(jongno)).incidents())
			.noneMatch(r -> app.applicationNo().equals(r.applicationNo()));

		// The agency recovers; the supervisor retries from the dashboard.
		this.faults.clear();
		CaseDashboard.RetryResult retried = as("sv.gangnam",
				() -> this.dashboard.retry(List.of(seen.get(0).incidentId())));
		assertThat(retried.retried()).isOne();
		assertThat(retried.refused()).isEmpty();

		Task review = await().atMost(WAIT)
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceBusinessKey(app.applicationNo())
				.singleResult(), t -> t != null);
		assertThat(review.getTaskDefinitionKey()).isEqualTo("user_review_application");
		assertThat(this.runtime.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();
		assertThat(evidenceSources(app)).as("exactly one evidence row per source, none from the failed attempts")
			.containsExactlyInAnyOrder(PublicDataSource.QUALIFICATION.name(), PublicDataSource.RESIDENT_REGISTER.name(),
					FAILING.name());

		// The caseworker decides once: the only task of the case, never completed
		// before.
		List<HistoricTaskInstance> tasks = this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.list();
		assertThat(tasks).singleElement().satisfies(t -> {
			assertThat(t.getTaskDefinitionKey()).isEqualTo("user_review_application");
			assertThat(t.getEndTime()).isNull();
		});
		as("cw.gangnam", () -> {
			this.caseTasks.claim(review.getId());
			this.caseTasks.complete(review.getId(), Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
			return null;
		});
		await().atMost(WAIT)
			.until(() -> this.jdbc.queryForObject("select count(*) from cw_decision where application_id = ?",
					Long.class, app.id()), n -> n > 0);
		assertThat(this.history.createHistoricTaskInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.taskDefinitionKey("user_review_application")
			.count()).as("one review, done once: no rework").isOne();
		assertThat(this.jdbc.queryForObject("select count(*) from cw_decision where application_id = ?", Long.class,
				app.id()))
			.isOne();
		assertThat(evidenceSources(app)).hasSize(3);
	}

	/**
	 * The investigation's job for the failing source, once it has failed and is the only
	 * one left.
	 */
	private Job failingJob(ApplicationSummary app) {
		ProcessInstance investigation = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(app.applicationNo())
			.processDefinitionKey("common-investigation")
			.singleResult();
		if (investigation == null) {
			return null;
		}
		// The healthy sources' jobs are done (the jobs of one case are exclusive, so
		// they may still be queued behind the failing one).
		List<Job> jobs = this.management.createJobQuery().processInstanceId(investigation.getId()).list();
		return jobs.size() == 1 && jobs.get(0).getExceptionMessage() != null ? jobs.get(0) : null;
	}

	private List<String> evidenceSources(ApplicationSummary app) {
		return this.jdbc.queryForList("select dataset from cw_evidence where application_id = ?", String.class,
				app.id());
	}

}
