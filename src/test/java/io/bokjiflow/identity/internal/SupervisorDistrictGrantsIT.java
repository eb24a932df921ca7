package io.bokjiflow.identity.internal;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.Role;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.LifeEventRecorded;
import io.bokjiflow.testing.IntegrationTest;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Supervisors read in Camunda itself (engine services with an authenticated user and
 * {@code /engine-rest} with Basic authentication) the cases of their own 시·군·구 only: a
 * supervisor of 종로구 provisioned here reads a 종로구 case (instances, task, history) and not
 * a 강남구 one, 강남구's supervisor the reverse; after the 강남구 applicant moves to 종로구 the reads
 * move with the case (and 강남구's caseworkers lose the task). The start-up reconciliation
 * restores grants that instances and tasks lack, and adds nothing when nothing is
 * missing.
 */
class SupervisorDistrictGrantsIT extends IntegrationTest {

	private static final String JONGNO_SUPERVISOR = "sv.jongno.grants";

	private static final String JONGNO = "11110";

	private static final String GANGNAM = "11680";

	@Autowired
	private ApplicationContext context;

	@Autowired
	private Casework casework;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private HistoryService history;

	@Autowired
	private IdentityService camundaIdentity;

	@Autowired
	private AuthorizationService authorizations;

	@Autowired
	private DistrictGrantsService districtGrants;

	@Autowired
	private ApplicationEventPublisher events;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private Clock clock;

	@BeforeEach
	void jongnoSupervisor() {
		TestCaseworkers.provisionUser(this.context, JONGNO_SUPERVISOR, "종로감독권한", JONGNO, PASSWORD,
				EnumSet.of(Role.SUPERVISOR));
	}

	@Test
	void shouldKeepSupervisorsToTheirDistrictAndMoveTheReadsWithTheCase() throws Exception {
		// 영구임대 asks for a financial-data consent: the case waits at intake (two
		// instances)
		ApplicationSummary gangnam = submit("cw.gangnam", "서울 강남구 역삼로 11", "1168064000");
		ApplicationSummary jongno = submit("cw.jongno", "서울 종로구 사직로 11", "1111051500");
		Task gangnamTask = awaitTask(gangnam.applicationNo());
		Task jongnoTask = awaitTask(jongno.applicationNo());

		assertReads(JONGNO_SUPERVISOR, JONGNO, jongno, jongnoTask, true);
		assertReads(JONGNO_SUPERVISOR, JONGNO, gangnam, gangnamTask, false);
		assertReads("sv.gangnam", GANGNAM, gangnam, gangnamTask, true);
		assertReads("sv.gangnam", GANGNAM, jongno, jongnoTask, false);
		// through /engine-rest
		assertThat(status(JONGNO_SUPERVISOR, "/engine-rest/process-instance/" + jongno.processInstanceId()))
			.isEqualTo(200);
		assertThat(status(JONGNO_SUPERVISOR, "/engine-rest/process-instance/" + gangnam.processInstanceId())).isIn(403,
				404);
		assertThat(status(JONGNO_SUPERVISOR, "/engine-rest/task/" + jongnoTask.getId())).isEqualTo(200);
		assertThat(status(JONGNO_SUPERVISOR, "/engine-rest/task/" + gangnamTask.getId())).isIn(403, 404);
		assertThat(status("sv.gangnam", "/engine-rest/history/process-instance/" + jongno.processInstanceId()))
			.isIn(403, 404);
		assertThat(status("sv.gangnam", "/engine-rest/history/process-instance/" + gangnam.processInstanceId()))
			.isEqualTo(200);

		// the 강남구 applicant moves to 종로구: the case, its task and the reads go there
		this.tx.executeWithoutResult(status -> this.events
			.publishEvent(new LifeEventRecorded("IT-GRANTS-MOVE-" + gangnam.applicationNo(), gangnam.personId(),
					LifeEventKind.MOVE, LocalDate.now(this.clock), "1168064000", "1111051500", null, null)));
		Awaitility.await()
			.atMost(Duration.ofSeconds(30))
			.until(() -> JONGNO.equals(this.runtime.getVariable(gangnamTask.getProcessInstanceId(), "sigunguCode")));

		assertReads(JONGNO_SUPERVISOR, JONGNO, gangnam, gangnamTask, true);
		assertReads("sv.gangnam", GANGNAM, gangnam, gangnamTask, false);
		assertThat(status(JONGNO_SUPERVISOR, "/engine-rest/process-instance/" + gangnam.processInstanceId()))
			.isEqualTo(200);
		assertThat(status("sv.gangnam", "/engine-rest/process-instance/" + gangnam.processInstanceId())).isIn(403, 404);
		assertThat(status("sv.gangnam", "/engine-rest/task/" + gangnamTask.getId())).isIn(403, 404);
		assertThat(status("cw.gangnam", "/engine-rest/task/" + gangnamTask.getId()))
			.as("강남구's caseworkers lose the task they were candidates for")
			.isIn(403, 404);
		assertThat(status("cw.jongno", "/engine-rest/task/" + gangnamTask.getId())).isEqualTo(200);
		// the other case is untouched
		assertReads(JONGNO_SUPERVISOR, JONGNO, jongno, jongnoTask, true);
	}

	@Test
	void shouldReconcileMissingGrantsAtStartUpAndAddNothingWhenNoneIsMissing() {
		ApplicationSummary jongno = submit("cw.jongno", "서울 종로구 사직로 12", "1111051500");
		Task task = awaitTask(jongno.applicationNo());
		this.districtGrants.reconcile();
		// as if the case had started before the district grants existed
		String supervisors = OrgGroups.supervisors(JONGNO);
		List<Authorization> grants = this.authorizations.createAuthorizationQuery()
			.groupIdIn(supervisors)
			.list()
			.stream()
			.filter(a -> List.of(jongno.processInstanceId(), task.getProcessInstanceId(), task.getId())
				.contains(a.getResourceId()))
			.toList();
		assertThat(grants).extracting(Authorization::getResourceType)
			.contains(Resources.PROCESS_INSTANCE.resourceType(), Resources.HISTORIC_PROCESS_INSTANCE.resourceType(),
					Resources.TASK.resourceType());
		grants.forEach(a -> this.authorizations.deleteAuthorization(a.getId()));
		assertReads(JONGNO_SUPERVISOR, JONGNO, jongno, task, false);

		assertThat(this.districtGrants.reconcile()).isEqualTo(grants.size());

		assertReads(JONGNO_SUPERVISOR, JONGNO, jongno, task, true);
		assertThat(this.districtGrants.reconcile()).as("nothing missing").isZero();
	}

	private ApplicationSummary submit(String caseworker, String address, String dong) {
		return as(caseworker, () -> this.casework.submit(new NewApplication("PERMANENT_RENTAL", newApplicantRrn(),
				"권한" + caseworker.substring(3), address, dong, true, false, UUID.randomUUID().toString())));
	}

	/**
	 * Whether a supervisor reads the case through the engine: its running instances (the
	 * root and the intake it called), its open task, its history and variables.
	 */
	private void assertReads(String user, String sigungu, ApplicationSummary app, Task task, boolean reads) {
		String key = app.applicationNo();
		long running = this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count();
		long historic = this.history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count();
		assertThat(running).isGreaterThanOrEqualTo(2);
		String description = user + (reads ? " reads " : " does not read ") + key;
		assertThat(authenticated(user, sigungu,
				() -> this.runtime.createProcessInstanceQuery().processInstanceBusinessKey(key).count()))
			.as(description)
			.isEqualTo(reads ? running : 0);
		assertThat(authenticated(user, sigungu,
				() -> this.history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(key).count()))
			.as(description)
			.isEqualTo(reads ? historic : 0);
		assertThat(authenticated(user, sigungu, () -> this.tasks.createTaskQuery().taskId(task.getId()).count()))
			.as(description)
			.isEqualTo(reads ? 1 : 0);
		assertThat(authenticated(user, sigungu,
				() -> this.history.createHistoricVariableInstanceQuery()
					.processInstanceId(app.processInstanceId())
					.variableName("sigunguCode")
					.count()))
			.as(description)
			.isEqualTo(reads ? 1 : 0);
	}

	private <T> T authenticated(String user, String sigungu, Supplier<T> query) {
		this.camundaIdentity.setAuthentication(user,
				List.of(Role.SUPERVISOR.camundaGroup(), OrgGroups.supervisors(sigungu)));
		try {
			return query.get();
		}
		finally {
			this.camundaIdentity.clearAuthentication();
		}
	}

	private int status(String user, String path) throws Exception {
		HttpResponse<String> response = call("GET", path, basic(user), null);
		return response.statusCode();
	}

}
