package io.bokjiflow.bench.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseDecided;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 10 (issue 4): applications per second from submission to the first caseworker
 * task, for a data-only and an investigated support program, with 4 and 8 concurrent
 * submitters, on the real application (the programs' BPMN of {@code processes/support},
 * built from the call activities of {@code processes/common}, the job executor fetching
 * every public dataset over HTTP from the bundled SIMULATOR).
 *
 * <ul>
 * <li><b>Data-only</b>: 여행바우처 (TRAVEL_VOUCHER, one dataset: QUALIFICATION) for <b>new
 * applicants</b> — a fresh valid resident number for every application, registered by the
 * submission itself, so the case is flagged {@code NEW_APPLICANT} and always goes to the
 * review task {@code user_review_application}. They live in 청운효자동 (종로구) and are submitted
 * by {@code cw.jongno}, away from scenario 3's 강남구 task list.</li>
 * <li><b>Investigated</b>: 국민임대주택 (NATIONAL_RENTAL, eight datasets, the five income and
 * asset ones asked once per living household member, then the recognised income):
 * <b>generated residents</b> whom the program's table makes eligible, chosen by SQL over
 * the simulator's records (as the investigation will see them), submitted with the
 * financial-data consent (else the case would wait at {@code user_obtain_consent}).
 * Investigated programs never approve by rule, so every eligible case goes to
 * review.</li>
 * </ul>
 *
 * <p>
 * <b>Load.</b> Each submitter keeps {@value #DEFAULT_IN_FLIGHT} applications in flight
 * (as scenario 3): it submits through {@link Casework#submit} as the signed-in
 * caseworker, and submits again when one of its cases has reached a caseworker task (or
 * was decided without one). A closed loop, so latencies do not grow with the window.
 *
 * <p>
 * <b>Timing.</b> The submission time is the wall clock just before {@code submit}; the
 * task's time is the moment the transaction that created it has committed — when a
 * caseworker's task list can show it — reported by {@link TaskCommitPlugin}, a built-in
 * {@code create} listener the harness adds to every user task through an engine plugin
 * (nothing in {@code src/main} or the BPMN changes). The case is found by the task's
 * business key (the application number, which the call activity {@code common-decision}
 * shares), and its submitter goes on at once, so no polling delay enters the loop.
 * Throughput counts the cases whose first task committed inside the window, which opens
 * after a ramp (the pipeline starts empty); latencies are those of the cases submitted
 * inside it, drained after the window. Cases the table decides without a task
 * ({@code CaseDecided}) leave the loop and are counted apart.
 *
 * <p>
 * The cases are deleted after each measurement (after its second baseline), so that
 * neither open tasks nor waiting timers pile up in the kept database.
 */
public final class SubmissionToTaskScenario {

	private static final Logger log = LoggerFactory.getLogger(SubmissionToTaskScenario.class);

	static final String SUBMITTER = "cw.jongno";

	/** 청운효자동 (종로구): cw.jongno's community centre and the new applicants' address. */
	static final String NEW_APPLICANT_DONG = "1111051500";

	static final String DATA_ONLY_PROGRAM = "TRAVEL_VOUCHER";

	static final String INVESTIGATED_PROGRAM = "NATIONAL_RENTAL";

	static final int DEFAULT_IN_FLIGHT = 4;

	/**
	 * 강남구: scenario 3's reviewers work its task list; no case of this scenario goes
	 * there.
	 */
	private static final String SCENARIO_3_DISTRICT = "11680";

	/**
	 * How the clean-up completes the open tasks of a measured case: a rejection with the
	 * variables the forms (forms/case-review.form, case-decision.form) and the task API
	 * would set, the decision by another caseworker than the review.
	 */
	private static final Map<String, Map<String, Object>> CLOSING_VALUES = Map.of("user_review_application",
			Map.of("evidenceChecked", true, "reviewOutcome", "REJECT", "reviewReason",
					"benchmark clean-up: measured up to this task", "reviewedBy", "bench.reviewer"),
			"user_decide_application", Map.of("decisionOutcome", "REJECT", "decisionReason",
					"benchmark clean-up: measured up to the review", "decidedBy", "bench.decider"));

	private final BenchContext ctx;

	private final BenchApplication app;

	private final int inFlightPerSubmitter;

	private final List<Integer> submitterCounts;

	private final Duration ramp;

	public SubmissionToTaskScenario(BenchContext ctx, BenchApplication app) {
		this.ctx = ctx;
		this.app = app;
		this.inFlightPerSubmitter = Integer
			.parseInt(System.getProperty("bench.s10.inflight", Integer.toString(DEFAULT_IN_FLIGHT)));
		this.submitterCounts = java.util.Arrays.stream(System.getProperty("bench.s10.submitters", "4,8").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		this.ramp = Duration
			.ofSeconds(Long.parseLong(System.getProperty("bench.s10.ramp", ctx.config().quick() ? "4" : "10")));
	}

	/** Measures both programs at every number of submitters and reports them. */
	public void run() {
		Casework casework = this.app.bean(Casework.class);
		Identity identity = this.app.bean(Identity.class);
		ProgramCatalog catalog = this.app.bean(ProgramCatalog.class);
		Program dataOnly = catalog.program(DATA_ONLY_PROGRAM).orElseThrow();
		Program investigated = catalog.program(INVESTIGATED_PROGRAM).orElseThrow();
		measureProgram(casework, identity, dataOnly, new NewApplicants(), "data-only, new applicants");
		EligibleResidents eligible = EligibleResidents.find(this.ctx, this.app, investigated, poolSize());
		if (eligible.size() < 50) {
			this.ctx.report()
				.note("Scenario 10: only " + eligible.size() + " generated residents are left that "
						+ investigated.code() + "'s table makes eligible and that have no open application of it; "
						+ "run with -Dbench.fresh=true (new database) to measure the investigated program.");
			return;
		}
		measureProgram(casework, identity, investigated, eligible, "investigated, eligible generated residents");
	}

	private int poolSize() {
		// Applicants come back to the pool when the clean-up has closed their cases; the
		// pool only has to outlast one measurement. Revealing each number costs an
		// audited read, so not all of them are taken in quick runs.
		return Integer.parseInt(System.getProperty("bench.s10.pool", this.ctx.config().quick() ? "1000" : "3000"));
	}

	private void measureProgram(Casework casework, Identity identity, Program program, Applicants applicants,
			String who) {
		var cfg = this.ctx.config();
		String prefix = "10." + program.applicationPrefix().toLowerCase(java.util.Locale.ROOT);
		log.info("scenario 10, {} ({}): warm-up {} s", program.code(), who, cfg.appWarmup().toSeconds());
		Drive warm = new Drive(program, applicants, this.submitterCounts.get(0), cfg.appWarmup(), false);
		warm.run(casework, identity);
		cleanUp(warm);
		for (int submitters : this.submitterCounts) {
			List<Drive> drives = new ArrayList<>();
			var measured = Interleaved.measure("scenario " + prefix + "." + submitters,
					CamundaShapedInsertBaseline.NAME, "tx/s", cfg.attempts(), this.ctx::measureBaselineA, () -> {
						Drive d = new Drive(program, applicants, submitters, cfg.appWindow(), true);
						drives.add(d);
						return d.run(casework, identity);
					});
			Map<String, Object> rows = rowsPerCase(drives.get(drives.size() - 1));
			drives.forEach(this::cleanUp);
			Outcome o = measured.value();
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("program",
					program.code() + " (" + program.investigation() + ", datasets " + program.publicData() + ")");
			d.put("applicants",
					who + (applicants.remaining() >= 0 ? ", " + applicants.remaining() + " in the pool" : ""));
			d.put("submitters", submitters);
			d.put("inFlightPerSubmitter", this.inFlightPerSubmitter);
			d.put("windowSeconds", cfg.appWindow().toSeconds());
			d.put("rampSeconds", this.ramp.toSeconds());
			d.put("firstTasksInWindow", o.tasksInWindow());
			d.put("submittedInWindow", o.submittedInWindow());
			d.put("latencyCount", o.latency().count());
			d.put("submitToTaskP50Ms", SyncChainScenario.round(o.latency().p50()));
			d.put("submitToTaskP95Ms", SyncChainScenario.round(o.latency().p95()));
			d.put("submitToTaskP99Ms", SyncChainScenario.round(o.latency().p99()));
			d.put("submitToTaskMaxMs", SyncChainScenario.round(o.latency().max()));
			d.put("submitCallP50Ms", SyncChainScenario.round(o.submit().p50()));
			d.put("submitCallP95Ms", SyncChainScenario.round(o.submit().p95()));
			d.put("taskCreatedToCommitP50Ms", SyncChainScenario.round(o.commitDelay().p50()));
			d.put("taskCreatedToCommitP95Ms", SyncChainScenario.round(o.commitDelay().p95()));
			d.put("firstTaskKinds", o.taskKinds());
			d.put("decidedWithoutTask", o.decidedWithoutTask());
			d.put("submitErrors", o.submitErrors());
			d.put("waitingAfterDrain", o.waitingAfterDrain());
			d.put("executableJobsMean", SyncChainScenario.round(o.jobsMean()));
			d.put("executableJobsMax", SyncChainScenario.round(o.jobsMax()));
			d.put("jobExecutorThreadsMax", SyncChainScenario.round(o.jobThreadsMax()));
			d.put("machineCpuPercent", Math.round(o.machineCpu()));
			d.put("jvmCpuPercent", Math.round(o.jvmCpu()));
			d.put("postgresCpuPercent", Math.round(o.postgresCpu()));
			d.put("loadAverageAtStart", SyncChainScenario.round(o.loadAverage()));
			d.put("rowsPerCaseToFirstTask", rows);
			d.put("applicationStartSeconds", SyncChainScenario.round(this.app.startSeconds()));
			this.ctx.report()
				.add(Result.of(prefix + "." + submitters,
						"Scenario 10: " + program.code() + " (" + who + "), submission → first caseworker task, "
								+ submitters + " submitters (p50 " + Math.round(o.latency().p50()) + " ms, p95 "
								+ Math.round(o.latency().p95()) + " ms, p99 " + Math.round(o.latency().p99()) + " ms)",
						o.throughput(), "applications/s", measured.baseline(),
						Stats.ratio(o.throughput(), measured.baseline().value()), "applications/s / baseline (a)", null,
						d));
		}
	}

	/**
	 * What a case writes on its way to the first task: the rows of the engine's history
	 * (process, activity, variable and detail, job log, task and identity-link rows of
	 * the program's instance and its call activities) and the case's evidence, averaged
	 * over up to 100 cases of a drive that reached their task. Runtime rows (variables,
	 * executions, jobs) are written too but deleted on the way, so they are not counted.
	 */
	private Map<String, Object> rowsPerCase(Drive drive) {
		List<String> roots = new ArrayList<>(drive.reachedTask);
		Collections.shuffle(roots, new Random(1));
		roots = roots.subList(0, Math.min(100, roots.size()));
		Map<String, Object> rows = new LinkedHashMap<>();
		if (roots.isEmpty()) {
			return rows;
		}
		rows.put("cases", roots.size());
		String[][] tables = { { "processInstances", "act_hi_procinst" }, { "activityInstances", "act_hi_actinst" },
				{ "variableInstances", "act_hi_varinst" }, { "variableDetails", "act_hi_detail" },
				{ "jobLog", "act_hi_job_log" }, { "taskInstances", "act_hi_taskinst" },
				{ "identityLinks", "act_hi_identitylink" } };
		double total = 0;
		try (Connection c = this.ctx.db().connect()) {
			java.sql.Array ids = c.createArrayOf("varchar", roots.toArray());
			for (String[] t : tables) {
				try (PreparedStatement ps = c
					.prepareStatement("select count(*) from public." + t[1] + " where root_proc_inst_id_ = any(?)")) {
					ps.setArray(1, ids);
					try (ResultSet rs = ps.executeQuery()) {
						rs.next();
						double perCase = rs.getLong(1) / (double) roots.size();
						rows.put(t[0], SyncChainScenario.round(perCase));
						total += perCase;
					}
				}
			}
			try (PreparedStatement ps = c.prepareStatement("select count(*) from public.cw_evidence e"
					+ " join public.cw_application a on a.id = e.application_id where a.process_instance_id = any(?)")) {
				ps.setArray(1, ids);
				try (ResultSet rs = ps.executeQuery()) {
					rs.next();
					double perCase = rs.getLong(1) / (double) roots.size();
					rows.put("evidence", SyncChainScenario.round(perCase));
					total += perCase;
				}
			}
		}
		catch (SQLException ex) {
			log.warn("scenario 10: could not count the rows per case: {}", ex.toString());
			rows.put("error", ex.getMessage());
			return rows;
		}
		rows.put("total", Math.round(total));
		return rows;
	}

	/**
	 * Closes the cases of a drive, so that neither open tasks nor waiting timers pile up
	 * in the kept database and the applicants may apply again: every open task of the
	 * cases is completed as a caseworker would, rejecting (review, then for investigated
	 * programs the decision by a second caseworker), through the engine's
	 * {@link TaskService} (the benchmark acts without a signed-in caseworker of each
	 * applicant's 시·군·구); the case is decided, its notice recorded, and its applicant
	 * goes back to the pool. A case without a task after the drain is deleted.
	 */
	private void cleanUp(Drive drive) {
		TaskService taskService = this.app.bean(TaskService.class);
		RuntimeService runtime = this.app.bean(RuntimeService.class);
		long t0 = System.nanoTime();
		List<String> numbers = new ArrayList<>(drive.applicantOf.keySet());
		java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(4);
		AtomicLong completed = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		try {
			for (int round = 0; round < 3; round++) {
				List<Task> open = new ArrayList<>();
				for (int i = 0; i < numbers.size(); i += 500) {
					open.addAll(taskService.createTaskQuery()
						.processInstanceBusinessKeyIn(
								numbers.subList(i, Math.min(numbers.size(), i + 500)).toArray(String[]::new))
						.list());
				}
				if (open.isEmpty()) {
					break;
				}
				List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
				for (Task task : open) {
					Map<String, Object> values = CLOSING_VALUES.get(task.getTaskDefinitionKey());
					if (values == null) {
						continue;
					}
					futures.add(workers.submit(() -> {
						try {
							taskService.complete(task.getId(), values);
							completed.incrementAndGet();
						}
						catch (RuntimeException ex) {
							failed.incrementAndGet();
							log.debug("scenario 10: clean-up of task {} failed: {}", task.getId(), ex.toString());
						}
					}));
				}
				for (var f : futures) {
					try {
						f.get();
					}
					catch (InterruptedException ex) {
						Thread.currentThread().interrupt();
						return;
					}
					catch (java.util.concurrent.ExecutionException ex) {
						failed.incrementAndGet();
					}
				}
			}
		}
		finally {
			workers.shutdown();
		}
		// What is still running (no task after the drain, or a task the clean-up does
		// not know) is deleted; its applicant is not used again.
		List<String> ids = new ArrayList<>(drive.processInstanceIds);
		Set<String> running = new java.util.HashSet<>();
		for (int i = 0; i < ids.size(); i += 500) {
			runtime.createProcessInstanceQuery()
				.processInstanceIds(new java.util.HashSet<>(ids.subList(i, Math.min(ids.size(), i + 500))))
				.list()
				.forEach(pi -> running.add(pi.getId()));
		}
		if (!running.isEmpty()) {
			runtime.deleteProcessInstancesIfExists(new ArrayList<>(running),
					"benchmark scenario 10: no task after the drain", true, true, false);
		}
		drive.applicantOf.forEach((number, applicant) -> {
			if (!running.contains(drive.instanceOf.get(number))) {
				drive.applicants.giveBack(applicant);
			}
		});
		log.info("scenario 10: {} cases closed ({} tasks completed, {} failed, {} deleted) in {} s", numbers.size(),
				completed.get(), failed.get(), running.size(), Math.round((System.nanoTime() - t0) / 1e9));
	}

	/**
	 * One measurement (or warm-up): the submitters and the listeners for first tasks and
	 * decisions for one window, then the drain.
	 */
	private final class Drive {

		private final Program program;

		private final Applicants applicants;

		private final int submitters;

		private final Duration length;

		private final boolean measure;

		private final Map<String, Pending> pending = new ConcurrentHashMap<>();

		private final Map<UUID, String> numbers = new ConcurrentHashMap<>();

		/** Decisions that arrived before their submission was registered as pending. */
		private final Set<UUID> decidedEarly = ConcurrentHashMap.newKeySet();

		/** Tasks that arrived before their submission was registered as pending. */
		private final Map<String, TaskCommitPlugin.TaskCommitted> tasksEarly = new ConcurrentHashMap<>();

		private final ConcurrentLinkedQueue<String> processInstanceIds = new ConcurrentLinkedQueue<>();

		/** Application number → its applicant, and → its program instance. */
		private final Map<String, Applicant> applicantOf = new ConcurrentHashMap<>();

		private final Map<String, String> instanceOf = new ConcurrentHashMap<>();

		/** The program instances of the cases that reached their first task. */
		private final ConcurrentLinkedQueue<String> reachedTask = new ConcurrentLinkedQueue<>();

		private final List<Long> latency = Collections.synchronizedList(new ArrayList<>());

		private final List<Long> submitNanos = Collections.synchronizedList(new ArrayList<>());

		private final List<Long> commitDelay = Collections.synchronizedList(new ArrayList<>());

		private final Map<String, Long> taskKinds = new ConcurrentHashMap<>();

		private final AtomicLong tasksInWindow = new AtomicLong();

		private final AtomicLong submittedInWindow = new AtomicLong();

		private final AtomicLong decidedWithoutTask = new AtomicLong();

		private final AtomicLong submitErrors = new AtomicLong();

		private final Semaphore inFlight;

		private long fromMillis;

		private long toMillis;

		Drive(Program program, Applicants applicants, int submitters, Duration length, boolean measure) {
			this.program = program;
			this.applicants = applicants;
			this.submitters = submitters;
			this.length = length;
			this.measure = measure;
			this.inFlight = new Semaphore(submitters * SubmissionToTaskScenario.this.inFlightPerSubmitter);
		}

		Outcome run(Casework casework, Identity identity) {
			ManagementService management = SubmissionToTaskScenario.this.app.bean(ManagementService.class);
			Runnable unsubscribe = SubmissionToTaskScenario.this.app.subscribe(event -> {
				if (event instanceof TaskCommitPlugin.TaskCommitted task) {
					taskCommitted(task);
				}
				else if (event instanceof CaseDecided decided && decided.programCode().equals(this.program.code())) {
					BenchApplication.afterCommit(() -> decided(decided.applicationId()));
				}
			});
			MachineLoad load = MachineLoad.start(() -> management.createJobQuery().executable().count(),
					SubmissionToTaskScenario.this.ctx.db().embedded()
							? SubmissionToTaskScenario.this.ctx.config().dir().resolve("postgres") : null);
			// The pipeline starts empty: the window opens once it has filled.
			this.fromMillis = System.currentTimeMillis()
					+ (this.measure ? SubmissionToTaskScenario.this.ramp.toMillis() : 0);
			this.toMillis = this.fromMillis + this.length.toMillis();
			List<Thread> threads = new ArrayList<>();
			for (int i = 0; i < this.submitters; i++) {
				Thread t = new Thread(() -> submitLoop(casework, identity), "s10-submit-" + i);
				t.start();
				threads.add(t);
			}
			Load.joinAll(threads);
			load.close();
			// Let what was submitted in the window reach its task (bounded).
			long drainUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!this.pending.isEmpty() && System.nanoTime() < drainUntil) {
				sleep(50);
			}
			unsubscribe.run();
			long waiting = this.pending.size();
			if (waiting > 0) {
				log.warn("scenario 10: {} {} applications had no task 60 s after the window", waiting,
						this.program.code());
			}
			double seconds = this.length.toMillis() / 1000.0;
			Outcome o = new Outcome(this.tasksInWindow.get() / seconds, this.tasksInWindow.get(),
					this.submittedInWindow.get(), Stats.latency(toArray(this.latency)),
					Stats.latency(toArray(this.submitNanos)), Stats.latency(toArray(this.commitDelay)),
					new TreeMap<>(this.taskKinds), this.decidedWithoutTask.get(), this.submitErrors.get(), waiting,
					load.gaugeMean(), load.gaugeMax(), load.jobExecutorThreadsMax(), load.machineCpuPercent(),
					load.jvmCpuPercent(), load.postgresCpuPercent(), load.loadAverageAtStart());
			if (this.measure) {
				log.info(
						"scenario 10, {}, {} submitters: {} applications/s to the first task, p50 {} ms, p95 {} ms;"
								+ " CPU {}% (JVM {}%, PostgreSQL {}%), executable jobs mean {}",
						this.program.code(), this.submitters, SyncChainScenario.round(o.throughput()),
						Math.round(o.latency().p50()), Math.round(o.latency().p95()), Math.round(o.machineCpu()),
						Math.round(o.jvmCpu()), Math.round(o.postgresCpu()), Math.round(o.jobsMean()));
			}
			return o;
		}

		private void submitLoop(Casework casework, Identity identity) {
			BenchApplication.signIn(identity, SUBMITTER);
			while (System.currentTimeMillis() < this.toMillis) {
				try {
					if (!this.inFlight.tryAcquire(100, TimeUnit.MILLISECONDS)) {
						continue;
					}
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				Applicant who = this.applicants.next();
				if (who == null) {
					this.inFlight.release();
					log.warn("scenario 10: no {} applicants left", this.program.code());
					return;
				}
				long wall = System.currentTimeMillis();
				long t0 = System.nanoTime();
				try {
					ApplicationSummary s = casework.submit(new NewApplication(this.program.code(), who.rrn(),
							who.name(), who.address(), who.adminDongCode(), true, true, UUID.randomUUID().toString()));
					long t1 = System.nanoTime();
					this.processInstanceIds.add(s.processInstanceId());
					this.applicantOf.put(s.applicationNo(), who);
					this.instanceOf.put(s.applicationNo(), s.processInstanceId());
					boolean inWindow = this.measure && wall >= this.fromMillis && wall <= this.toMillis;
					this.numbers.put(s.id(), s.applicationNo());
					this.pending.put(s.applicationNo(),
							new Pending(s.id(), s.applicationNo(), s.processInstanceId(), wall, inWindow));
					TaskCommitPlugin.TaskCommitted early = this.tasksEarly.remove(s.applicationNo());
					if (early != null) {
						taskCommitted(early);
					}
					if (this.decidedEarly.remove(s.id())) {
						decided(s.id());
					}
					if (inWindow) {
						this.submittedInWindow.incrementAndGet();
						this.submitNanos.add(t1 - t0);
					}
				}
				catch (UserFacingException ex) {
					// e.g. a generated number that someone already has an open case with
					this.submitErrors.incrementAndGet();
					this.inFlight.release();
				}
				catch (RuntimeException ex) {
					this.submitErrors.incrementAndGet();
					this.inFlight.release();
					log.warn("scenario 10: submit failed: {}", ex.toString());
				}
			}
		}

		/** The first task of a case has committed: the case leaves the loop. */
		private void taskCommitted(TaskCommitPlugin.TaskCommitted task) {
			if (task.businessKey() == null) {
				return;
			}
			Pending p = this.pending.remove(task.businessKey());
			if (p == null) {
				if (task.businessKey().startsWith(this.program.applicationPrefix() + "-")
						&& !this.numbers.containsValue(task.businessKey())) {
					this.tasksEarly.put(task.businessKey(), task);
				}
				return;
			}
			this.taskKinds.merge(task.taskDefinitionKey(), 1L, Long::sum);
			this.reachedTask.add(p.processInstanceId());
			long committed = task.committedMillis();
			if (this.measure && committed >= this.fromMillis && committed <= this.toMillis) {
				this.tasksInWindow.incrementAndGet();
			}
			if (p.inWindow()) {
				this.latency.add(Math.max(0, committed - p.submittedMillis()) * 1_000_000L);
				this.commitDelay.add(Math.max(0, committed - task.createdMillis()) * 1_000_000L);
			}
			this.inFlight.release();
		}

		/** A case was decided (by rule, without a task): it leaves the loop. */
		private void decided(UUID applicationId) {
			String number = this.numbers.get(applicationId);
			if (number == null) {
				this.decidedEarly.add(applicationId);
				return;
			}
			if (this.pending.remove(number) != null) {
				this.decidedWithoutTask.incrementAndGet();
				this.inFlight.release();
			}
		}

	}

	private static long[] toArray(List<Long> list) {
		synchronized (list) {
			return list.stream().mapToLong(Long::longValue).toArray();
		}
	}

	private static void sleep(long ms) {
		try {
			Thread.sleep(ms);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Who applies next. */
	interface Applicants {

		/** The next applicant, or {@code null} when none is left. */
		Applicant next();

		/** How many are left, or -1 without a limit. */
		int remaining();

		/**
		 * An applicant whose case is closed may apply again.
		 * @param applicant the applicant
		 */
		default void giveBack(Applicant applicant) {
		}

	}

	/**
	 * An applicant as the caseworker types them.
	 *
	 * @param rrn the resident number
	 * @param name the name
	 * @param address the street address
	 * @param adminDongCode the 행정동 of the address
	 */
	record Applicant(String rrn, String name, String address, String adminDongCode) {
	}

	/**
	 * New applicants: a fresh, valid resident number (legacy check digit, born 1950–2004)
	 * for every application, unknown to the integrated DB and to the simulator (whose
	 * qualification source answers "no qualification" for it).
	 */
	static final class NewApplicants implements Applicants {

		private static final String[] SURNAMES = { "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임" };

		private static final String[] SYLLABLES = { "민", "서", "지", "현", "우", "하", "준", "윤", "은", "도", "예", "수", "연",
				"주", "진", "성", "영", "호", "경", "빈" };

		private static final int[] WEIGHTS = { 2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5 };

		private final Random random = new Random(System.nanoTime());

		@Override
		public synchronized Applicant next() {
			LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(this.random.nextInt(55 * 365));
			boolean male = this.random.nextBoolean();
			int gender = birth.getYear() >= 2000 ? (male ? 3 : 4) : (male ? 1 : 2);
			StringBuilder digits = new StringBuilder(String.format(java.util.Locale.ROOT, "%02d%02d%02d%d",
					birth.getYear() % 100, birth.getMonthValue(), birth.getDayOfMonth(), gender));
			for (int i = 0; i < 5; i++) {
				digits.append(this.random.nextInt(10));
			}
			int sum = 0;
			for (int i = 0; i < 12; i++) {
				sum += (digits.charAt(i) - '0') * WEIGHTS[i];
			}
			digits.append((11 - sum % 11) % 10);
			String rrn = digits.substring(0, 6) + "-" + digits.substring(6);
			Rrn.parse(rrn);
			String name = SURNAMES[this.random.nextInt(SURNAMES.length)]
					+ SYLLABLES[this.random.nextInt(SYLLABLES.length)]
					+ SYLLABLES[this.random.nextInt(SYLLABLES.length)];
			return new Applicant(rrn, name, "서울특별시 종로구 청운효자동 (bench new applicant)", NEW_APPLICANT_DONG);
		}

		@Override
		public int remaining() {
			return -1;
		}

	}

	/**
	 * Generated residents whom the investigated program's table makes eligible, chosen by
	 * SQL from the records the investigation will fetch ({@code pds_*}, linked to the
	 * registry by name, birth date and sex): alive, no housing in the household, assets,
	 * vehicles and monthly income at most 95% of the limits of
	 * {@code processes/rules/national-rental-eligibility.dmn} (70% line), every household
	 * member known to the simulator (else a source answers 404 and the job ends in an
	 * incident), health-insured, not in 강남구, and without an open application of the
	 * program. The clean-up closes their cases after each measurement, and they apply
	 * again.
	 */
	static final class EligibleResidents implements Applicants {

		private static final String SQL = """
				with link as (
				  select r.id as person_id, r.name, r.admin_dong_code, r.status as registry_status, r.birth_date,
				         s.rrn_hash, s.household_no, s.status as agency_status
				  from reg_person r
				  join pds_person s on s.name = r.name and s.birth_date = r.birth_date and s.sex = r.sex
				),
				known as (
				  select * from (select l.*, count(*) over (partition by l.person_id) as by_person,
				                        count(*) over (partition by l.rrn_hash) as by_key from link l) x
				  where by_person = 1 and by_key = 1
				),
				subject as (
				  select k.person_id, other.person_id as member_id
				  from known k
				  join reg_household_member mine on mine.person_id = k.person_id
				  join reg_household_member other on other.household_id = mine.household_id
				  join reg_person op on op.id = other.person_id
				  where op.status = 'ALIVE' or op.id = k.person_id
				  union
				  select k.person_id, k.person_id from known k
				),
				subject_key as (
				  select s.person_id, mk.rrn_hash from subject s left join known mk on mk.person_id = s.member_id
				),
				complete as (
				  select person_id, count(*) as subjects from subject_key group by person_id
				  having bool_and(rrn_hash is not null)
				),
				income as (
				  select sk.person_id, sum(i.annual_won) / 12 as monthly_income
				  from subject_key sk join pds_income i on i.rrn_hash = sk.rrn_hash and i.year = ?
				  group by sk.person_id
				),
				asset as (
				  select sk.person_id,
				         coalesce(sum(a.value_won) filter (where a.kind = 'HOUSING'), 0) as housing,
				         coalesce(sum(a.value_won) filter (where a.kind = 'VEHICLE'), 0) as vehicles,
				         greatest(0, sum(case when a.kind = 'DEBT' then -a.value_won else a.value_won end)) as total
				  from subject_key sk join pds_asset a on a.rrn_hash = sk.rrn_hash
				  group by sk.person_id
				),
				resident_household as (
				  select k.person_id, count(*) as size
				  from known k join pds_person m on m.household_no = k.household_no and m.status = 'ALIVE'
				  group by k.person_id
				)
				select k.person_id, k.name, k.admin_dong_code, c.subjects
				from known k
				join complete c on c.person_id = k.person_id
				join pds_insurance ins on ins.rrn_hash = k.rrn_hash
				left join income i on i.person_id = k.person_id
				left join asset a on a.person_id = k.person_id
				left join resident_household h on h.person_id = k.person_id
				where k.registry_status = 'ALIVE' and k.agency_status = 'ALIVE'
				  and date_part('year', age(current_date, k.birth_date)) >= 19
				  and coalesce(a.housing, 0) = 0
				  and coalesce(a.total, 0) <= 0.95 * 345000000
				  and coalesce(a.vehicles, 0) <= 0.95 * 37080000
				  and coalesce(i.monthly_income, 0) <= 0.95 *
				      (array[3134668, 4332570, 5039054, 5773927, 6142550, 6694297, 7246045, 7797793])
				      [least(coalesce(h.size, 1), 8)]
				  and substr(k.admin_dong_code, 1, 5) <> ?
				  and not exists (select 1 from cw_application x where x.person_id = k.person_id and x.program_code = ?
				                  and x.status in ('SUBMITTED', 'INVESTIGATING', 'IN_REVIEW'))
				order by k.person_id
				limit ?""";

		private final ConcurrentLinkedQueue<Applicant> queue;

		private final double subjectsMean;

		private EligibleResidents(List<Applicant> applicants, double subjectsMean) {
			this.queue = new ConcurrentLinkedQueue<>(applicants);
			this.subjectsMean = subjectsMean;
		}

		static EligibleResidents find(BenchContext ctx, BenchApplication app, Program program, int limit) {
			if (!INVESTIGATED_PROGRAM.equals(program.code())) {
				throw new IllegalArgumentException("The criteria are those of " + INVESTIGATED_PROGRAM);
			}
			long t0 = System.nanoTime();
			List<UUID> ids = new ArrayList<>();
			List<String> names = new ArrayList<>();
			List<String> dongs = new ArrayList<>();
			long subjects = 0;
			try (Connection c = ctx.db().connect(); PreparedStatement ps = c.prepareStatement(SQL)) {
				ps.setInt(1, LocalDate.now().getYear() - 1);
				ps.setString(2, SCENARIO_3_DISTRICT);
				ps.setString(3, program.code());
				ps.setInt(4, limit);
				try (ResultSet rs = ps.executeQuery()) {
					while (rs.next()) {
						ids.add(rs.getObject(1, UUID.class));
						names.add(rs.getString(2));
						dongs.add(rs.getString(3));
						subjects += rs.getLong(4);
					}
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("Could not choose the eligible residents", ex);
			}
			// The clear numbers, through the registry's API (each reveal is audited, as
			// the investigation's own are).
			Registry registry = app.bean(Registry.class);
			List<Applicant> applicants = new ArrayList<>();
			for (int i = 0; i < ids.size(); i++) {
				Rrn rrn = registry.revealRrn(ids.get(i), "bench", "benchmark scenario 10 applicant");
				applicants.add(new Applicant(rrn.reveal(), names.get(i), "(bench: registered address)", dongs.get(i)));
			}
			double mean = ids.isEmpty() ? 0 : (double) subjects / ids.size();
			log.info(
					"scenario 10: {} eligible generated residents for {} chosen in {} s ({} persons asked per"
							+ " household dataset on average)",
					applicants.size(), program.code(), Math.round((System.nanoTime() - t0) / 1e9),
					SyncChainScenario.round(mean));
			return new EligibleResidents(applicants, mean);
		}

		int size() {
			return this.queue.size();
		}

		double subjectsMean() {
			return this.subjectsMean;
		}

		@Override
		public Applicant next() {
			return this.queue.poll();
		}

		@Override
		public void giveBack(Applicant applicant) {
			this.queue.add(applicant);
		}

		@Override
		public int remaining() {
			return this.queue.size();
		}

	}

	record Pending(UUID applicationId, String applicationNo, String processInstanceId, long submittedMillis,
			boolean inWindow) {
	}

	record Outcome(double throughput, long tasksInWindow, long submittedInWindow, Stats.Latency latency,
			Stats.Latency submit, Stats.Latency commitDelay, Map<String, Long> taskKinds, long decidedWithoutTask,
			long submitErrors, long waitingAfterDrain, double jobsMean, double jobsMax, double jobThreadsMax,
			double machineCpu, double jvmCpu, double postgresCpu, double loadAverage) {
	}

}
