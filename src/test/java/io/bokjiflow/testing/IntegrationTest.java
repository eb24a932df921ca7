package io.bokjiflow.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.awaitility.Awaitility;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of every Spring integration, UI and browser test: one shared application context
 * on a real web port and the embedded PostgreSQL (the same server the plain process
 * engine uses), with the demo users, the public-data SIMULATOR and a small synthetic
 * population (300 persons, so that the context starts fast). Every subclass must keep
 * this exact configuration so that Spring caches one context for the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"bokjiflow.embedded-postgres.data-dir=target/test-postgres", "bokjiflow.embedded-postgres.clean=true",
		"bokjiflow.security.dev-key-file=target/test-postgres-keys/dev-keys.properties", "bokjiflow.demo.enabled=true",
		"bokjiflow.simulator.enabled=true", "bokjiflow.publicdata.read-timeout=2s", "vaadin.launch-browser=false",
		"bokjiflow.population.size=300" })
public abstract class IntegrationTest {

	/** The password of every demo user. */
	protected static final String PASSWORD = "demo1234!";

	@LocalServerPort
	protected int port;

	@Autowired
	protected Identity identity;

	@Autowired
	private RuntimeService runtimeService;

	@Autowired
	private ManagementService managementService;

	@Autowired
	private TaskService taskService;

	@Autowired
	private io.bokjiflow.casework.CaseTasks caseTasks;

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	/**
	 * Calls the running application over HTTP, as another system would.
	 * @param method GET or POST
	 * @param path the path
	 * @param authorization the Authorization header, or {@code null} for an anonymous
	 * call
	 * @param json the body of a POST, or {@code null}
	 * @return the response, redirects not followed
	 */
	protected HttpResponse<String> call(String method, String path, String authorization, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.method(method,
					json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
		if (json != null) {
			request.header("Content-Type", "application/json");
		}
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An HTTP Basic header for a user and password. */
	protected static String basic(String user, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
	}

	/** An HTTP Basic header for a demo user. */
	protected static String basic(String user) {
		return basic(user, PASSWORD);
	}

	/** Base URL of the running application. */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Runs code as a demo user, as the UI would after login.
	 * @param username the user
	 * @param action what to do
	 * @param <T> the result type
	 * @return the action's result
	 */
	protected <T> T as(String username, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		signIn(username);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/**
	 * Signs a demo user in on this thread (no password check: the login itself is tested
	 * elsewhere).
	 */
	protected void signIn(String username) {
		var user = this.identity.user(username).orElseThrow();
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map(Role::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
	}

	protected void signOut() {
		SecurityContextHolder.clearContext();
	}

	/**
	 * The public-data job of an application's investigation (the call activity shares the
	 * application number as business key), or {@code null} while there is none.
	 */
	protected Job investigationJob(String applicationNo) {
		ProcessInstance investigation = this.runtimeService.createProcessInstanceQuery()
			.processInstanceBusinessKey(applicationNo)
			.processDefinitionKey("common-investigation")
			.singleResult();
		return investigation == null ? null
				: this.managementService.createJobQuery().processInstanceId(investigation.getId()).singleResult();
	}

	/**
	 * A valid resident number (with the legacy check digit) of a person nobody registered
	 * yet: an application for them is flagged NEW_APPLICANT and always reaches review.
	 */
	protected static String newApplicantRrn() {
		String front = "920301" + "2"
				+ String.format("%05d", java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000));
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10;
	}

	/**
	 * Waits for the one open user task of an application (in whichever call activity it
	 * is) and returns it.
	 */
	protected Task awaitTask(String applicationNo, Duration atMost) {
		return Awaitility.await()
			.atMost(atMost)
			.until(() -> this.taskService.createTaskQuery().processInstanceBusinessKey(applicationNo).singleResult(),
					t -> t != null);
	}

	/**
	 * {@link #awaitTask(String, Duration)} within 60 seconds (a busy CI machine with two
	 * cores may need more than half of that for an investigation's jobs).
	 */
	protected Task awaitTask(String applicationNo) {
		return awaitTask(applicationNo, Duration.ofSeconds(60));
	}

	/**
	 * Leaves no open review task of these applications behind (one open application per
	 * program and person; the context and database are shared): a pending delegation is
	 * resolved, then cw.gangnam approves.
	 */
	protected void approveOpenTasks(java.util.Collection<String> applicationNos) {
		for (String applicationNo : applicationNos) {
			for (Task task : this.taskService.createTaskQuery().processInstanceBusinessKey(applicationNo).list()) {
				if (task.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING) {
					this.taskService.resolveTask(task.getId());
				}
				this.taskService.setAssignee(task.getId(), "cw.gangnam");
				as("cw.gangnam", () -> {
					this.caseTasks.complete(task.getId(),
							java.util.Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
					return null;
				});
			}
		}
	}

}
