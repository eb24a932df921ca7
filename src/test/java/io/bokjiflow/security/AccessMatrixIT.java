package io.bokjiflow.security;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.PrettyPrintTreeKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.integrity.EligibilityChanges;
import io.bokjiflow.integrity.ImpactReview;
import io.bokjiflow.integrity.ImpactReviews;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.publicdata.SimulatorResidentChanges;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.RegistryBulkLoad;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.security.AccessMatrix.Kind;
import io.bokjiflow.security.AccessMatrix.Row;
import io.bokjiflow.ui.KaribuTest;
import jakarta.servlet.ServletContext;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every endpoint with every role and asserts the access-control matrix of
 * {@code security/access-matrix.md}: every Spring MVC handler and every Vaadin route of
 * the running application must have a row (so a new endpoint cannot ship without a
 * decision), and every cell is observed by really calling the endpoint — HTTP with Basic
 * authentication for {@code /api}, {@code /engine-rest} and the simulator, a form-login
 * session for Camunda's web applications, Karibu navigation as the user for Vaadin routes
 * (plain HTTP for the anonymous visitor). A 강남구 case with its review task and an
 * attachment, a 강남구 impact review, a 종로구 case and a probe process in 강남구 are planted
 * first, so that the organisation dimension (종로구's caseworker against 강남구's case) is part
 * of the matrix.
 */
class AccessMatrixIT extends KaribuTest {

	static final String MATRIX = "/security/access-matrix.md";

	/** The probe process: a 강남구 task to claim, complete, suspend, delete, migrate. */
	static final String PROBE_KEY = "access-matrix-probe";

	static final String PROBE_BUSINESS_KEY = "ACCESS-MATRIX-PROBE";

	/** Prefix of every id or name the matrix's write calls create; removed afterwards. */
	static final String CREATED_PREFIX = "matrix-";

	static final String ANONYMOUS = "anonymous";

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");

	/** Route placeholders that stand for the planted case's data. */
	private static final Pattern CASE_DATA = Pattern.compile("\\{(case|person|task|instance|caseInstance|impactTask)}");

	private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Autowired
	private ApplicationContext context;

	@Autowired
	private ServletContext servletContext;

	@Autowired
	private Casework casework;

	@Autowired
	private CaseDocuments documents;

	@Autowired
	private LocalPrograms localPrograms;

	@Autowired
	private CaseTasks caseTasks;

	@Autowired
	private EligibilityChanges changes;

	@Autowired
	private ImpactReviews reviews;

	@Autowired
	private SimulatorResidentChanges simulator;

	@Autowired
	private RegistryBulkLoad bulkLoad;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private Clock clock;

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService taskService;

	@Autowired
	private ManagementService management;

	@Autowired
	private IdentityService camundaIdentity;

	@Autowired
	private AuthorizationService authorizations;

	@Autowired
	private FilterService filters;

	/** Planted objects by placeholder name. */
	private final Map<String, String> planted = new LinkedHashMap<>();

	/** Strings that only the planted 강남구 case and task carry. */
	private final Set<String> markers = new LinkedHashSet<>();

	/** Strings that only the planted 종로구 case and task carry. */
	private final Set<String> jongnoMarkers = new LinkedHashSet<>();

	private final Map<String, String> sessions = new LinkedHashMap<>();

	private final AtomicInteger created = new AtomicInteger();

	@Test
	void shouldAnswerEveryEndpointForEveryRoleAsTheMatrixSays() throws Exception {
		AccessMatrix matrix = AccessMatrix.load(MATRIX);
		assertThat(matrix.users()).as("columns of " + MATRIX)
			.containsExactly(ANONYMOUS, "cw.gangnam", "cw.jongno", "sv.gangnam", "designer", "official.gangnam",
					"admin", "auditor");

		Map<String, Class<?>> routes = liveRoutes();
		Set<String> live = new TreeSet<>();
		liveHandlers().forEach(h -> live.add("MVC " + h));
		routes.keySet().forEach(r -> live.add("ROUTE " + r));
		Set<String> inMatrix = new TreeSet<>();
		List<String> stale = new ArrayList<>();
		for (Row row : matrix.rows()) {
			inMatrix.add(row.fullKey());
			boolean enumerated = row.kind() == Kind.MVC || row.kind() == Kind.ROUTE;
			if (enumerated && !row.planned() && !live.contains(row.fullKey())) {
				stale.add(row.fullKey() + " (line " + row.line() + ")");
			}
		}
		List<String> missing = live.stream().filter(k -> !inMatrix.contains(k)).toList();

		plant();
		try {
			Map<Row, Map<String, String>> observed = new LinkedHashMap<>();
			List<String> wrong = new ArrayList<>();
			for (Row row : matrix.rows()) {
				if ((row.kind() == Kind.MVC || row.kind() == Kind.ROUTE) && !live.contains(row.fullKey())) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (String user : matrix.users()) {
					String outcome = "-".equals(row.expected().get(user)) ? "-" : observe(row, user, routes);
					cells.put(user, outcome);
					if (!AccessMatrix.matches(row.expected().get(user), outcome)) {
						wrong.add(row.fullKey() + " as " + user + ": expected " + row.expected().get(user)
								+ ", observed " + outcome);
					}
				}
				observed.put(row, cells);
			}
			String table = table(matrix, observed);
			System.out.println("Observed access-control matrix (! = not as expected):\n" + table);
			assertThat(missing)
				.as("live endpoints without a row in %s — decide who may call them and add a line each:%n%s", MATRIX,
						String.join("\n",
								missing.stream().map(k -> "| " + k + " |  | ? | ? | ? | ? | ? | ? | ? | ? |").toList()))
				.isEmpty();
			assertThat(stale)
				.as("rows in %s for endpoints that do not exist (mark a planned one with a leading ?)", MATRIX)
				.isEmpty();
			assertThat(wrong).as("cells of %s not as expected; observed matrix:%n%s", MATRIX, table).isEmpty();
		}
		finally {
			cleanUp();
		}
	}

	// --- enumeration --------------------------------------------------------------

	/** Every Spring MVC handler method as {@code METHOD /pattern}. */
	private Set<String> liveHandlers() {
		Set<String> handlers = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(m -> methods.add(m.name()));
				if (methods.isEmpty()) {
					methods.add("ANY");
				}
				for (String pattern : info.getPatternValues()) {
					for (String method : methods) {
						handlers.add(method + " " + pattern);
					}
				}
			}
		}
		return handlers;
	}

	/** Every Vaadin route of the running application, by template. */
	private Map<String, Class<?>> liveRoutes() {
		Map<String, Class<?>> routes = new LinkedHashMap<>();
		ApplicationRouteRegistry registry = ApplicationRouteRegistry
			.getInstance(new VaadinServletContext(this.servletContext));
		for (RouteData route : registry.getRegisteredRoutes()) {
			routes.put(route.getTemplate(), route.getNavigationTarget());
		}
		return routes;
	}

	// --- the planted 강남구 case and probe ---------------------------------------

	private void plant() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "권한점검", null, "1168065000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo());
		String attachment = as("cw.gangnam",
				() -> this.documents
					.attach(app.applicationNo(), "matrix.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))
					.id()
					.toString());
		this.planted.put("case", app.applicationNo());
		this.planted.put("person", app.personId().toString());
		this.planted.put("task", task.getId());
		this.planted.put("instance", task.getProcessInstanceId());
		this.planted.put("caseInstance", app.processInstanceId());
		this.planted.put("attachment", attachment);
		this.planted.put("program",
				as("official.gangnam", () -> this.localPrograms.programs("11680").get(0).programCode()));
		this.planted.put("batch", UUID.randomUUID().toString());
		this.planted.put("decisionKey",
				this.repository.createDecisionDefinitionQuery().latestVersion().list().get(0).getKey());
		this.markers.addAll(List.of(app.applicationNo(), app.personId().toString(), task.getId(),
				task.getProcessInstanceId(), app.processInstanceId(), app.applicantMasked()));

		plantImpactReview();

		ApplicationSummary jongno = as("cw.jongno", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "권한대조", null, "1111051500", true, false, UUID.randomUUID().toString())));
		Task jongnoTask = awaitTask(jongno.applicationNo());
		this.planted.put("jongnoCase", jongno.applicationNo());
		this.planted.put("jongnoTask", jongnoTask.getId());
		this.planted.put("jongnoCaseInstance", jongno.processInstanceId());
		this.jongnoMarkers.addAll(List.of(jongno.applicationNo(), jongnoTask.getId(), jongnoTask.getProcessInstanceId(),
				jongno.processInstanceId()));

		this.repository.createDeployment()
			.name(PROBE_KEY)
			.addString(PROBE_KEY + ".bpmn", probeBpmn(PROBE_KEY))
			.enableDuplicateFiltering(true)
			.deploy();
		ProcessDefinition probe = this.repository.createProcessDefinitionQuery()
			.processDefinitionKey(PROBE_KEY)
			.latestVersion()
			.singleResult();
		this.planted.put("probeDefinition", probe.getId());
		ProcessInstance instance = newProbe();
		this.planted.put("probeInstance", instance.getId());
		this.planted.put("probeTask", probeTask(instance).getId());
		this.planted.put("probeJob",
				this.management.createJobQuery().processInstanceId(instance.getId()).singleResult().getId());
	}

	/**
	 * A death in 강남구 reported by the change feed: an impact review task for
	 * {@code caseworkers-11680} ({@code {impactTask}}).
	 */
	private void plantImpactReview() {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate day = LocalDate.of(2080, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(5000));
		this.simulator.clear(day);
		UUID person = UUID.randomUUID();
		Rrn rrn = rrn(LocalDate.of(1939, 5, 6), ThreadLocalRandom.current().nextInt(90_000));
		String dong = "116807" + "%04d".formatted(ThreadLocalRandom.current().nextInt(10_000));
		this.tx.executeWithoutResult(status -> {
			RegistryBulkLoad.Batch batch = this.bulkLoad.newBatch();
			batch.add(new RegistryBulkLoad.PersonRecord(person, rrn, "권한검토", rrn.birthDate(), "F", "서울특별시 강남구", dong,
					LocalDate.of(2010, 1, 1), PersonStatus.ALIVE, List.of(),
					List.of(new RegistryBulkLoad.BenefitRecord(UUID.randomUUID(), "BASIC_PENSION", "11680",
							today.minusYears(2), null, 342_510, BenefitStatus.ACTIVE, "test: AccessMatrixIT")),
					List.of(), List.of()));
			this.bulkLoad.write(batch);
		});
		String changeId = "RC-MATRIX-" + day;
		this.simulator.plant(day, new ResidentChange(changeId, rrn, LifeEventKind.DEATH, today.minusMonths(2), null,
				null, null, null, null));
		as("admin", () -> this.changes.processFeed(day));
		ImpactReview review = this.reviews.ofChange(changeId).orElseThrow();
		Task task = Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.taskService.createTaskQuery()
				.processInstanceBusinessKey(review.reviewNo())
				.singleResult(), t -> t != null);
		this.planted.put("impactTask", task.getId());
		this.planted.put("impactInstance", task.getProcessInstanceId());
		this.markers.add(review.reviewNo());
	}

	/** A valid legacy resident number of a woman born in the 1900s. */
	private static Rrn rrn(LocalDate born, int serial) {
		String front = "%02d%02d%02d".formatted(born.getYear() % 100, born.getMonthValue(), born.getDayOfMonth()) + "2"
				+ "%05d".formatted(serial % 100_000);
		int[] weights = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };
		int sum = 0;
		for (int i = 0; i < 12; i++) {
			sum += (front.charAt(i) - '0') * weights[i];
		}
		return Rrn.parse(front.substring(0, 6) + "-" + front.substring(6) + (11 - sum % 11) % 10);
	}

	private ProcessInstance newProbe() {
		return this.runtime.startProcessInstanceByKey(PROBE_KEY, PROBE_BUSINESS_KEY, Map.of("sigunguCode", "11680"));
	}

	private Task probeTask(ProcessInstance instance) {
		return this.taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
	}

	/**
	 * A process with a 강남구 caseworkers' task, a timer job on it and a message start.
	 */
	static String probeBpmn(String key) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
				    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="defs_%1$s"
				    targetNamespace="http://bokjiflow.io/test">
				  <message id="msg_probe" name="%1$s-message"/>
				  <process id="%1$s" name="Access matrix probe" isExecutable="true" camunda:historyTimeToLive="1">
				    <startEvent id="start"/>
				    <startEvent id="messageStart"><messageEventDefinition messageRef="msg_probe"/></startEvent>
				    <sequenceFlow id="flow_start" sourceRef="start" targetRef="probeTask"/>
				    <sequenceFlow id="flow_message" sourceRef="messageStart" targetRef="probeTask"/>
				    <userTask id="probeTask" name="Probe task" camunda:candidateGroups="caseworkers-11680"/>
				    <boundaryEvent id="probeTimer" attachedToRef="probeTask" cancelActivity="false">
				      <timerEventDefinition><timeDuration>P30D</timeDuration></timerEventDefinition>
				    </boundaryEvent>
				    <sequenceFlow id="flow_timer" sourceRef="probeTimer" targetRef="timerEnd"/>
				    <endEvent id="timerEnd"/>
				    <sequenceFlow id="flow_done" sourceRef="probeTask" targetRef="end"/>
				    <endEvent id="end"/>
				  </process>
				</definitions>
				""".formatted(key);
	}

	private void cleanUp() {
		List<String> probes = this.runtime.createProcessInstanceQuery()
			.processInstanceBusinessKey(PROBE_BUSINESS_KEY)
			.list()
			.stream()
			.map(ProcessInstance::getId)
			.toList();
		probes.forEach(id -> this.runtime.deleteProcessInstance(id, "access matrix done", true, true));
		// Deleting the deployments cascades to their instances.
		for (Deployment d : this.repository.createDeploymentQuery().deploymentNameLike(CREATED_PREFIX + "%").list()) {
			this.repository.deleteDeployment(d.getId(), true, true, true);
		}
		this.camundaIdentity.createUserQuery()
			.userIdIn(this.camundaIdentity.createUserQuery()
				.list()
				.stream()
				.map(u -> u.getId())
				.filter(id -> id.startsWith(CREATED_PREFIX))
				.toArray(String[]::new))
			.list()
			.forEach(u -> this.camundaIdentity.deleteUser(u.getId()));
		this.camundaIdentity.createGroupQuery()
			.groupIdIn(this.camundaIdentity.createGroupQuery()
				.list()
				.stream()
				.map(g -> g.getId())
				.filter(id -> id.startsWith(CREATED_PREFIX))
				.toArray(String[]::new))
			.list()
			.forEach(g -> this.camundaIdentity.deleteGroup(g.getId()));
		for (Authorization a : this.authorizations.createAuthorizationQuery().list()) {
			if (a.getResourceId() != null && a.getResourceId().startsWith(CREATED_PREFIX)) {
				this.authorizations.deleteAuthorization(a.getId());
			}
		}
		this.filters.createFilterQuery()
			.filterNameLike(CREATED_PREFIX + "%")
			.list()
			.forEach(f -> this.filters.deleteFilter(f.getId()));
		if (this.planted.containsKey("impactInstance")) {
			this.runtime.deleteProcessInstance(this.planted.get("impactInstance"), "access matrix done", true, true);
		}
		if (this.planted.containsKey("case")) {
			approveOpenTasks(List.of(this.planted.get("case")));
		}
		if (this.planted.containsKey("jongnoCase")) {
			for (Task open : this.taskService.createTaskQuery()
				.processInstanceBusinessKey(this.planted.get("jongnoCase"))
				.list()) {
				this.taskService.setAssignee(open.getId(), "cw.jongno");
				as("cw.jongno", () -> {
					this.caseTasks.complete(open.getId(), Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
					return null;
				});
			}
		}
	}

	// --- observing one cell -------------------------------------------------------

	private String observe(Row row, String user, Map<String, Class<?>> routes) throws Exception {
		String call = row.call().isEmpty() ? row.key() : row.call();
		return switch (row.kind()) {
			case ROUTE -> observeRoute(user, resolve(call), routes.get(row.key()), CASE_DATA.matcher(call).find());
			case MVC, REST -> observeHttp(user, resolve(call), false, markersOf(call));
			case WEB -> observeHttp(user, resolve(call), true, markersOf(call));
		};
	}

	/** Replaces placeholders; {@code new…} ones create a fresh object for each call. */
	private String resolve(String call) {
		Matcher m = PLACEHOLDER.matcher(call);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1))));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String value(String name) {
		return switch (name) {
			case "newProbeInstance" -> newProbe().getId();
			case "newProbeTask" -> probeTask(newProbe()).getId();
			case "newId" ->
				CREATED_PREFIX + this.created.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
			default -> Optional.ofNullable(this.planted.get(name))
				.orElseThrow(() -> new IllegalStateException("Unknown placeholder {" + name + "} in " + MATRIX));
		};
	}

	/**
	 * An HTTP call: {@code METHOD /path [body]}; a body {@code MULTIPART-BPMN} deploys a
	 * fresh probe process.
	 */
	private String observeHttp(String user, String call, boolean session, Set<String> marks) throws Exception {
		String[] parts = call.split(" ", 3);
		String method = parts[0];
		String path = parts[1];
		String body = parts.length > 2 ? parts[2].strip() : null;
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
		if ("MULTIPART-BPMN".equals(body)) {
			String boundary = "matrix" + UUID.randomUUID().toString().replace("-", "");
			String key = CREATED_PREFIX + "deploy-" + this.created.incrementAndGet();
			String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
					+ key + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + key
					+ ".bpmn\"\r\nContent-Type: application/xml\r\n\r\n" + probeBpmn(key) + "\r\n--" + boundary
					+ "--\r\n";
			request.method(method, HttpRequest.BodyPublishers.ofString(multipart));
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary);
		}
		else if (body != null) {
			request.method(method, HttpRequest.BodyPublishers.ofString(body));
			request.header("Content-Type", "application/json");
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		request.header("Accept", "application/json, */*");
		if (!ANONYMOUS.equals(user)) {
			if (session) {
				request.header("Cookie", session(user));
			}
			else {
				request.header("Authorization", basic(user));
			}
		}
		HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return outcome(response, marks);
	}

	private static String outcome(HttpResponse<String> response, Set<String> marks) {
		int status = response.statusCode();
		if (status == 302 && response.headers().firstValue("Location").orElse("").endsWith("/login")) {
			return "login";
		}
		if (status >= 200 && status < 300) {
			String body = response.body() == null ? "" : response.body();
			return status + (marks.stream().anyMatch(body::contains) ? "+" : "-");
		}
		return String.valueOf(status);
	}

	/** The 종로구 case's ids for a call about it, else the 강남구 case's. */
	private Set<String> markersOf(String call) {
		return call.contains("{jongno") ? this.jongnoMarkers : this.markers;
	}

	/** A signed-in browser session (form login), as a Cookie header. */
	private String session(String user) throws IOException, InterruptedException {
		String existing = this.sessions.get(user);
		if (existing != null) {
			return existing;
		}
		HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login")).GET().build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = cookie(page).orElse("");
		Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
		String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
				+ URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)
				+ (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
		HttpResponse<String> login = HTTP.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = login.headers().firstValue("Location").orElse("");
		assertThat(login.statusCode()).as("form login of " + user).isEqualTo(302);
		assertThat(location).as("form login of " + user).doesNotContain("error");
		String session = cookie(login).orElse(cookie);
		this.sessions.put(user, session);
		return session;
	}

	private static Optional<String> cookie(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
			.findFirst();
	}

	/**
	 * A Vaadin route: the anonymous visitor asks over HTTP (login redirect or the page);
	 * a user navigates in a fresh Karibu UI.
	 */
	private String observeRoute(String user, String path, Class<?> target, boolean planted) throws Exception {
		if (ANONYMOUS.equals(user)) {
			HttpResponse<String> response = HTTP.send(
					HttpRequest.newBuilder(URI.create(baseUrl() + "/" + path)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
			String outcome = outcome(response, this.markers);
			return outcome.startsWith("200") ? "view" : outcome;
		}
		openUiAs(user);
		try {
			try {
				UI.getCurrent().navigate(path);
			}
			catch (MockAccessDeniedException ex) {
				return "denied";
			}
			catch (NotFoundException ex) {
				return "notfound";
			}
			catch (RuntimeException ex) {
				Throwable root = ex;
				while (root.getCause() != null) {
					root = root.getCause();
				}
				return "error:" + root.getClass().getSimpleName();
			}
			List<?> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
			Object view = chain.isEmpty() ? null : chain.get(0);
			if (view == null || view instanceof MockRouteNotFoundError) {
				return "notfound";
			}
			if (target != null && !target.isInstance(view)) {
				return "forward:" + view.getClass().getSimpleName();
			}
			if (!planted) {
				return "view";
			}
			String text = PrettyPrintTreeKt.toPrettyTree(UI.getCurrent());
			return this.markers.stream().anyMatch(text::contains) ? "shown" : "hidden";
		}
		finally {
			MockVaadin.tearDown();
			signOut();
		}
	}

	// --- the readable table -------------------------------------------------------

	static String table(AccessMatrix matrix, Map<Row, Map<String, String>> observed) {
		int keyWidth = observed.keySet().stream().mapToInt(r -> r.fullKey().length()).max().orElse(10);
		StringBuilder out = new StringBuilder(String.format("%-" + keyWidth + "s", "endpoint"));
		for (String user : matrix.users()) {
			out.append(" | ").append(String.format("%-16s", user));
		}
		out.append('\n');
		observed.forEach((row, cells) -> {
			out.append(String.format("%-" + keyWidth + "s", row.fullKey()));
			for (String user : matrix.users()) {
				String seen = cells.get(user);
				String expected = row.expected().get(user);
				String cell = AccessMatrix.matches(expected, seen) ? seen : "!" + seen + " (" + expected + ")";
				out.append(" | ").append(String.format("%-16s", cell));
			}
			out.append('\n');
		});
		return out.toString();
	}

}
