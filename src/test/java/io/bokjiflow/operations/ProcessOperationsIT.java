package io.bokjiflow.operations;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.bokjiflow.operations.ProcessOperations.BatchOperation;
import io.bokjiflow.operations.ProcessOperations.InstanceFilter;
import io.bokjiflow.operations.ProcessOperations.State;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Batch operations on the embedded PostgreSQL with running instances of small test
 * processes: migration with a preview, a dry run that changes nothing and an executed
 * batch after which the instances run on version 2 and complete; suspend/resume, cancel
 * with a required reason, retry of incidents, reassignment within the 시·군·구; a supervisor
 * limited to their 시·군·구 and a caseworker refused in the service and in Camunda's REST
 * API.
 */
class ProcessOperationsIT extends IntegrationTest {

	private static final String GANGNAM = "11680";

	private static final String JONGNO = "11110";

	@Autowired
	private ProcessOperations operations;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	@Autowired
	private HistoryService history;

	@Autowired
	private JdbcClient jdbc;

	private OperationsFixture fixture;

	@BeforeEach
	void fixture() {
		this.fixture = new OperationsFixture(this.repository, this.runtime, this.tasks, this.management);
	}

	private BatchOperation awaitFinished(String username, BatchOperation op) {
		return Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> as(username, () -> this.operations.operations(200)).stream()
				.filter(o -> o.id() == op.id())
				.findFirst()
				.orElseThrow(), o -> o.state() != State.RUNNING);
	}

	private String definitionOf(String processInstanceId) {
		return this.runtime.createProcessInstanceQuery()
			.processInstanceId(processInstanceId)
			.singleResult()
			.getProcessDefinitionId();
	}

	@Test
	void shouldPreviewDryRunAndMigrateRunningInstancesToVersionTwo() {
		ProcessDefinition v1 = this.fixture.deployV1();
		ProcessInstance atReview = this.fixture.start(v1, GANGNAM);
		ProcessInstance atReview2 = this.fixture.start(v1, GANGNAM);
		ProcessInstance atOldCheck = this.fixture.start(v1, GANGNAM);
		this.fixture.completeTask(atOldCheck.getId());
		ProcessInstance jongno = this.fixture.start(v1, JONGNO);
		ProcessDefinition v2 = this.fixture.deployV2();
		List<String> gangnam = List.of(atReview.getId(), atReview2.getId(), atOldCheck.getId());

		var preview = as("sv.gangnam", () -> this.operations.previewMigration(v1.getId(), v2.getId(), Map.of()));
		assertThat(preview.valid()).isTrue();
		var review = preview.mappings().stream().filter(m -> m.sourceActivityId().equals("task_review")).findFirst();
		assertThat(review).hasValueSatisfying(m -> {
			assertThat(m.targetActivityId()).isEqualTo("task_review");
			assertThat(m.runningInstances()).as("only the supervisor's 시·군·구").isEqualTo(2);
		});
		assertThat(preview.mappings()).filteredOn(ProcessOperations.ActivityMapping::unmapped)
			.extracting(ProcessOperations.ActivityMapping::sourceActivityId)
			.containsExactly("task_old_check");

		var dryRun = as("sv.gangnam", () -> this.operations.dryRunMigration(v1.getId(), v2.getId(), Map.of(), gangnam));
		assertThat(dryRun.ok()).isFalse();
		assertThat(dryRun.instances()).hasSize(3);
		assertThat(dryRun.instances()).filteredOn(c -> !c.ok())
			.singleElement()
			.satisfies(c -> assertThat(c.processInstanceId()).isEqualTo(atOldCheck.getId()))
			.satisfies(c -> assertThat(String.join(" ", c.problems())).contains("task_old_check"));
		assertThat(gangnam).as("a dry run changes nothing")
			.allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(v1.getId()));

		Map<String, String> manual = Map.of("task_old_check", "task_new_check");
		var okRun = as("sv.gangnam", () -> this.operations.dryRunMigration(v1.getId(), v2.getId(), manual, gangnam));
		assertThat(okRun.ok()).as(okRun.toString()).isTrue();
		assertThat(gangnam).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(v1.getId()));

		assertThatThrownBy(() -> as("sv.gangnam",
				() -> this.operations.migrate(v1.getId(), v2.getId(), manual, List.of(jongno.getId()), "test")))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("operations.error.outOfScope");

		BatchOperation op = as("sv.gangnam",
				() -> this.operations.migrate(v1.getId(), v2.getId(), manual, gangnam, "test: move to v2"));
		assertThat(op.kind()).isEqualTo(ProcessOperations.Kind.MIGRATE);
		assertThat(op.camundaBatchId()).isNotNull();
		BatchOperation done = awaitFinished("sv.gangnam", op);
		assertThat(done.state()).isEqualTo(State.COMPLETED);
		assertThat(done.performedBy()).isEqualTo("sv.gangnam");
		assertThat(done.reason()).isEqualTo("test: move to v2");
		assertThat(gangnam).allSatisfy(id -> assertThat(definitionOf(id)).isEqualTo(v2.getId()));
		assertThat(definitionOf(jongno.getId())).isEqualTo(v1.getId());
		assertThat(this.tasks.createTaskQuery()
			.processInstanceId(atOldCheck.getId())
			.singleResult()
			.getTaskDefinitionKey()).isEqualTo("task_new_check");

		for (String id : gangnam) {
			while (this.runtime.createProcessInstanceQuery().processInstanceId(id).count() > 0) {
				this.fixture.completeTask(id);
			}
			assertThat(
					this.history.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult().getState())
				.isEqualTo("COMPLETED");
		}
	}

	@Test
	void shouldSuspendResumeAndCancelWithAReason() {
		ProcessDefinition v1 = this.fixture.deployV1();
		ProcessInstance a = this.fixture.start(v1, GANGNAM);
		ProcessInstance b = this.fixture.start(v1, GANGNAM);
		List<String> ids = List.of(a.getId(), b.getId());

		awaitFinished("sv.gangnam", as("sv.gangnam", () -> this.operations.suspend(ids, true, "test: hold")));
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceIds(java.util.Set.copyOf(ids))
			.suspended()
			.count()).isEqualTo(2);
		assertThat(as("sv.gangnam", () -> this.operations.instances(new InstanceFilter(v1.getId(), null, false, null))))
			.allSatisfy(r -> assertThat(r.suspended()).isTrue());
		awaitFinished("sv.gangnam", as("sv.gangnam", () -> this.operations.suspend(ids, false, "test: go on")));
		assertThat(this.runtime.createProcessInstanceQuery()
			.processInstanceIds(java.util.Set.copyOf(ids))
			.active()
			.count()).isEqualTo(2);

		assertThatThrownBy(() -> as("sv.gangnam", () -> this.operations.cancel(ids, "  ")))
			.isInstanceOf(UserFacingException.class)
			.hasMessage("operations.error.reasonRequired");
		BatchOperation cancel = awaitFinished("sv.gangnam",
				as("sv.gangnam", () -> this.operations.cancel(ids, "test: applicant withdrew")));
		assertThat(cancel.state()).isEqualTo(State.COMPLETED);
		assertThat(this.runtime.createProcessInstanceQuery().processInstanceIds(java.util.Set.copyOf(ids)).count())
			.isZero();
		assertThat(this.history.createHistoricProcessInstanceQuery()
			.processInstanceId(a.getId())
			.singleResult()
			.getDeleteReason()).contains("test: applicant withdrew").contains("sv.gangnam");
	}

	@Test
	void shouldRetryIncidentsAsABatch() {
		ProcessDefinition timer = this.fixture.deployTimer();
		ProcessInstance a = this.fixture.start(timer, GANGNAM);
		ProcessInstance b = this.fixture.start(timer, GANGNAM);
		this.fixture.failTimer(a.getId());
		this.fixture.failTimer(b.getId());
		var heat = as("sv.gangnam", () -> this.operations.heat(timer.getId()));
		assertThat(heat.activities().get("timer_wait").incidents()).isEqualTo(2);
		assertThat(heat.activities().get("timer_wait").running()).isEqualTo(2);
		assertThat(
				as("sv.gangnam", () -> this.operations.instances(new InstanceFilter(timer.getId(), null, true, null))))
			.hasSize(2);

		BatchOperation retry = awaitFinished("sv.gangnam",
				as("sv.gangnam", () -> this.operations.retryIncidents(List.of(a.getId(), b.getId()), "source back")));
		assertThat(retry.state()).isEqualTo(State.COMPLETED);
		assertThat(this.runtime.createIncidentQuery().processInstanceId(a.getId()).count()).isZero();
		assertThat(this.management.createJobQuery().processInstanceId(b.getId()).singleResult().getRetries())
			.isEqualTo(1);
		assertThatThrownBy(() -> as("sv.gangnam", () -> this.operations.retryIncidents(List.of(a.getId()), "again")))
			.hasMessage("operations.error.noIncidents");
	}

	@Test
	void shouldReassignTasksOnlyWithinTheDistrict() {
		ProcessDefinition v1 = this.fixture.deployV1();
		ProcessInstance a = this.fixture.start(v1, GANGNAM);
		assertThatThrownBy(
				() -> as("sv.gangnam", () -> this.operations.reassignTasks(List.of(a.getId()), "cw.jongno", "x")))
			.hasMessage("operations.error.otherDistrict");
		BatchOperation op = as("sv.gangnam",
				() -> this.operations.reassignTasks(List.of(a.getId()), "cw.gangnam2", "test: holiday cover"));
		assertThat(op.state()).isEqualTo(State.COMPLETED);
		assertThat(op.completedJobs()).isEqualTo(1);
		assertThat(this.tasks.createTaskQuery().processInstanceId(a.getId()).singleResult().getAssignee())
			.isEqualTo("cw.gangnam2");
		assertThat(this.jdbc.sql("select performed_by from op_batch_operation where id = :id")
			.param("id", op.id())
			.query(String.class)
			.single()).isEqualTo("sv.gangnam");
	}

	@Test
	void shouldCountOnlyTheSupervisorsDistrictAndAllForAnAdministrator() {
		ProcessDefinition v1 = this.fixture.deployV1();
		ProcessInstance done = this.fixture.start(v1, GANGNAM);
		this.fixture.completeTask(done.getId());
		this.fixture.start(v1, GANGNAM);
		this.fixture.start(v1, JONGNO);
		var gangnam = as("sv.gangnam", () -> this.operations.heat(v1.getId()));
		assertThat(gangnam.activities().get("task_review").taken()).isEqualTo(2);
		assertThat(gangnam.activities().get("task_review").running()).isEqualTo(1);
		assertThat(gangnam.activities().get("task_old_check").running()).isEqualTo(1);
		assertThat(gangnam.bpmnXml()).contains("task_old_check").contains("BPMNDiagram");
		var all = as("admin", () -> this.operations.heat(v1.getId()));
		assertThat(all.activities().get("task_review").taken()).isEqualTo(3);
		assertThat(all.activities().get("task_review").running()).isEqualTo(2);
		var summary = as("sv.gangnam", () -> this.operations.definitions()).stream()
			.filter(d -> d.key().equals(this.fixture.key))
			.findFirst()
			.orElseThrow();
		assertThat(summary.running()).isEqualTo(2);
	}

	@Test
	void shouldRefuseCaseworkersInTheServiceAndInCamundasRestApi() throws Exception {
		ProcessDefinition v1 = this.fixture.deployV1();
		ProcessInstance a = this.fixture.start(v1, GANGNAM);
		ProcessDefinition v2 = this.fixture.deployV2();
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.operations.definitions()))
			.hasMessage("operations.error.forbidden");
		assertThatThrownBy(() -> as("cw.gangnam", () -> this.operations.cancel(List.of(a.getId()), "x")))
			.hasMessage("operations.error.forbidden");
		assertThatThrownBy(() -> as("designer", () -> this.operations.heat(v1.getId())))
			.hasMessage("operations.error.forbidden");

		String migration = """
				{"migrationPlan": {"sourceProcessDefinitionId": "%s", "targetProcessDefinitionId": "%s",
				  "instructions": [{"sourceActivityIds": ["task_review"], "targetActivityIds": ["task_review"]}]},
				 "processInstanceIds": ["%s"]}
				""".formatted(v1.getId(), v2.getId(), a.getId());
		String delete = """
				{"processInstanceIds": ["%s"], "deleteReason": "not allowed"}
				""".formatted(a.getId());
		String suspend = """
				{"processInstanceIds": ["%s"], "suspended": true}
				""".formatted(a.getId());
		for (String user : List.of("cw.gangnam", "sv.gangnam")) {
			assertThat(call("POST", "/engine-rest/migration/execute", basic(user), migration).statusCode()).as(user)
				.isEqualTo(403);
			assertThat(call("POST", "/engine-rest/migration/executeAsync", basic(user), migration).statusCode())
				.as(user)
				.isEqualTo(403);
			assertThat(call("POST", "/engine-rest/process-instance/delete", basic(user), delete).statusCode()).as(user)
				.isEqualTo(403);
			assertThat(call("POST", "/engine-rest/process-instance/suspended-async", basic(user), suspend).statusCode())
				.as(user)
				.isEqualTo(403);
		}
		assertThat(definitionOf(a.getId())).isEqualTo(v1.getId());
		assertThat(this.management.createBatchQuery().list()).noneMatch(b -> a.getId().equals(b.getId()));
	}

}
