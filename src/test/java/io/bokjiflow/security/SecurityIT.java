package io.bokjiflow.security;

import java.net.http.HttpResponse;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One login for everything, nothing anonymous, and a caseworker of one 시·군·구 can neither
 * see nor claim another's task — in the UI's service layer and through Camunda's REST
 * API.
 */
class SecurityIT extends IntegrationTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private TaskService taskService;

	@Autowired
	private JdbcTemplate jdbc;

	private Task gangnamTask;

	@BeforeEach
	void gangnamTaskExists() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "한소희", null, "1168065000", true, false, UUID.randomUUID().toString())));
		this.gangnamTask = awaitTask(app.applicationNo());
	}

	@AfterEach
	void finishTask() {
		// Leave no open application for this person behind (one open application per
		// program).
		this.taskService.setAssignee(this.gangnamTask.getId(), "cw.gangnam");
		as("cw.gangnam", () -> {
			this.tasks.complete(this.gangnamTask.getId(),
					java.util.Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
			return null;
		});
		signOut();
	}

	@Test
	void shouldRefuseAnonymousRestCalls() throws Exception {
		HttpResponse<String> response = get("/engine-rest/task", null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldRefuseWrongPasswords() throws Exception {
		assertThat(get("/engine-rest/task", basic("cw.gangnam", "wrong")).statusCode()).isEqualTo(401);
	}

	@Test
	void shouldSendAnonymousBrowsersToTheLoginPage() throws Exception {
		for (String path : new String[] { "/tasks", "/applications/new", "/camunda/app/cockpit/default/" }) {
			HttpResponse<String> response = get(path, null);
			assertThat(response.statusCode()).as(path).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(path)
				.hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		}
	}

	@Test
	void shouldShowATaskOnlyToCaseworkersOfItsDistrictThroughRest() throws Exception {
		String taskId = this.gangnamTask.getId();
		assertThat(get("/engine-rest/task", basic("cw.gangnam")).body()).contains(taskId);
		assertThat(get("/engine-rest/task", basic("cw.jongno")).body()).doesNotContain(taskId);
		assertThat(get("/engine-rest/task/" + taskId, basic("cw.jongno")).statusCode()).isIn(403, 404);

		HttpResponse<String> claim = post("/engine-rest/task/" + taskId + "/claim", basic("cw.jongno"),
				"{\"userId\":\"cw.jongno\"}");
		assertThat(claim.statusCode()).isIn(403, 404);
		assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
	}

	@Test
	void shouldShowATaskOnlyToCaseworkersOfItsDistrictInTheTaskList() {
		String taskId = this.gangnamTask.getId();
		assertThat(as("cw.jongno", () -> this.tasks.tasks(TaskScope.ALL, 0, 500)))
			.noneMatch(r -> r.taskId().equals(taskId));
		assertThat(as("cw.gangnam2", () -> this.tasks.tasks(TaskScope.GROUP, 0, 500)))
			.anyMatch(r -> r.taskId().equals(taskId));
		assertThatThrownBy(() -> as("cw.jongno", () -> {
			this.tasks.claim(taskId);
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("task.error.notFound"));
		assertThatThrownBy(() -> as("cw.jongno", () -> this.tasks.open(taskId)))
			.isInstanceOf(UserFacingException.class);
		assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isNull();
	}

	@Test
	void shouldLetExactlyOneOfTwoCaseworkersClaimATask() {
		String taskId = this.gangnamTask.getId();
		as("cw.gangnam2", () -> {
			this.tasks.claim(taskId);
			return null;
		});
		assertThatThrownBy(() -> as("cw.gangnam", () -> {
			this.tasks.claim(taskId);
			return null;
		})).isInstanceOfSatisfying(UserFacingException.class, ex -> {
			assertThat(ex.messageKey()).isEqualTo("task.error.claimedBy");
			assertThat(ex.args()).containsExactly("이서준");
		});
	}

	/**
	 * Issue 10 item 4: two caseworkers press 가져오기 at the same moment, on two threads
	 * released together, over several tasks: exactly one wins each time, the other is
	 * told who has it in Korean and English, and the task keeps the winner.
	 */
	@Test
	void shouldLetExactlyOneOfTwoConcurrentClaimsWin() throws Exception {
		java.util.List<String> taskIds = new java.util.ArrayList<>(java.util.List.of(this.gangnamTask.getId()));
		java.util.List<String> extraApplications = new java.util.ArrayList<>();
		for (int i = 0; i < 4; i++) {
			ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
					newApplicantRrn(), "경쟁", null, "1168065000", true, false, UUID.randomUUID().toString())));
			extraApplications.add(app.applicationNo());
			taskIds.add(awaitTask(app.applicationNo()).getId());
		}
		java.util.Map<String, String> names = java.util.Map.of("cw.gangnam", "김민지", "cw.gangnam2", "이서준");
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			for (String taskId : taskIds) {
				java.util.concurrent.CountDownLatch ready = new java.util.concurrent.CountDownLatch(2);
				java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
				java.util.Map<String, java.util.concurrent.Future<Throwable>> results = new java.util.LinkedHashMap<>();
				for (String user : names.keySet()) {
					results.put(user, pool.submit(() -> {
						ready.countDown();
						go.await();
						try {
							as(user, () -> {
								this.tasks.claim(taskId);
								return null;
							});
							return null;
						}
						catch (RuntimeException ex) {
							return ex;
						}
					}));
				}
				assertThat(ready.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
				go.countDown();
				java.util.Map<String, Throwable> outcome = new java.util.HashMap<>();
				for (var e : results.entrySet()) {
					Throwable failure = e.getValue().get(60, java.util.concurrent.TimeUnit.SECONDS);
					if (failure != null) {
						outcome.put(e.getKey(), failure);
					}
				}
				assertThat(outcome).as("exactly one of the two claims fails").hasSize(1);
				String loser = outcome.keySet().iterator().next();
				String winner = names.keySet().stream().filter(u -> !u.equals(loser)).findFirst().orElseThrow();
				assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
					.isEqualTo(winner);
				assertThat(outcome.get(loser)).isInstanceOfSatisfying(UserFacingException.class, ex -> {
					assertThat(ex.messageKey()).isEqualTo("task.error.claimedBy");
					assertThat(ex.args()).containsExactly(names.get(winner));
					assertThat(io.bokjiflow.shared.ApiProblems.message(ex.messageKey(), java.util.Locale.KOREAN,
							ex.args()))
						.isEqualTo("이미 " + names.get(winner) + "님이 가져간 업무입니다.");
					assertThat(io.bokjiflow.shared.ApiProblems.message(ex.messageKey(), java.util.Locale.ENGLISH,
							ex.args()))
						.isEqualTo(names.get(winner) + " has already claimed this task.");
				});
			}
		}
		finally {
			pool.shutdownNow();
			approveOpenTasks(extraApplications);
		}
	}

	@Test
	void shouldLetTheSupervisorSeeTheInstanceThroughTheEngineApi() throws Exception {
		HttpResponse<String> response = get(
				"/engine-rest/process-instance?processInstanceIds=" + this.gangnamTask.getProcessInstanceId(),
				basic("sv.gangnam"));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains(this.gangnamTask.getProcessInstanceId());
	}

	@Test
	void shouldStorePasswordsOnlyAsHashes() {
		assertThat(this.jdbc.queryForList("select password_hash from idn_user", String.class)).isNotEmpty()
			.allSatisfy(hash -> assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(PASSWORD));
	}

	@Test
	void shouldRefuseSimulatorCallsWithoutTheAgencyKey() throws Exception {
		HttpResponse<String> response = post("/simulator/v1/qualifications", null,
				"{\"rrn\":\"580315-2123457\",\"asOf\":\"2026-01-01\"}");
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).doesNotContain("BASIC_LIVELIHOOD");
	}

	private HttpResponse<String> get(String path, String authorization) throws Exception {
		return call("GET", path, authorization, null);
	}

	private HttpResponse<String> post(String path, String authorization, String json) throws Exception {
		return call("POST", path, authorization, json);
	}

}
