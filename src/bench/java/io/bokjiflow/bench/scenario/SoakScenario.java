package io.bokjiflow.bench.scenario;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Drift;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import io.bokjiflow.bench.engine.BenchEngines;
import io.bokjiflow.bench.engine.BenchEngines.Engine;
import io.bokjiflow.bench.engine.BenchProcesses;
import io.bokjiflow.casework.internal.DashboardBench;
import io.bokjiflow.shared.ClockConfiguration;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.Metrics;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 9: a soak of mixed load with Camunda's history clean-up running, reporting
 * drift. Caseworker clients each submit an application (start → three stub service tasks
 * → user task, as scenario 1), open their district's task list (scenario 4's query) and
 * complete the task at its top, which ends that instance; supervisor clients refresh the
 * dashboard (scenario 5's statements over scenario 7's cases, with the engine tables of
 * the soak's own engine). The process's history time to live is 0 days with the
 * removal-time strategy {@code end}, and {@code HistoryService.cleanUpHistoryAsync(true)}
 * is triggered periodically, so ended instances' history is removed during the run.
 * Throughput and p95 of every operation are compared between the first and the last fifth
 * of the run; baseline (a) is measured before and after.
 */
public final class SoakScenario {

	private static final Logger log = LoggerFactory.getLogger(SoakScenario.class);

	static final String SCHEMA = "bench_soak";

	static final String PROCESS = "bench-soak";

	/**
	 * The measured period is cut in this many parts; the first is compared with the last.
	 */
	static final int PARTS = 5;

	/** A soak shorter than this says nothing about drift: its verdicts are UNSTABLE. */
	static final Duration SHORTEST_JUDGED = Duration.ofMinutes(10);

	private static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
			"act_hi_varinst", "act_hi_detail", "act_hi_identitylink", "act_hi_op_log", "act_hi_job_log");

	/** The operations of the mix. */
	enum Op {

		/** Start → first user task (scenario 1's chain). */
		SUBMIT("submit", "submission → first user task"),
		/** The group tab of the caseworker's district (scenario 4's task query). */
		TASK_LIST("tasklist", "task-list query (group tab, page 1)"),
		/** Completing the task at the top of the list, which ends the instance. */
		COMPLETE("complete", "task completion ending the instance"),
		/** One refresh of every dashboard panel (scenario 5). */
		DASHBOARD("dashboard", "supervisor dashboard refresh");

		final String id;

		final String title;

		Op(String id, String title) {
			this.id = id;
			this.title = title;
		}

	}

	private final BenchContext ctx;

	private final Duration duration;

	private final Duration ramp;

	private final Duration window;

	private final Duration cleanupEvery;

	private final int backlog;

	private final int caseworkers;

	private final int supervisors;

	private final boolean dashboard;

	public SoakScenario(BenchContext ctx) {
		this.ctx = ctx;
		boolean quick = ctx.config().quick();
		this.duration = Duration
			.ofSeconds(Math.round(Double.parseDouble(prop("bench.s9.minutes", quick ? "3" : "30")) * 60));
		this.ramp = Duration.ofSeconds(Long.parseLong(prop("bench.s9.ramp", quick ? "15" : "60")));
		this.window = Duration.ofSeconds(Long.parseLong(prop("bench.s9.window", quick ? "20" : "60")));
		this.cleanupEvery = Duration.ofSeconds(Long.parseLong(prop("bench.s9.cleanup", quick ? "15" : "60")));
		this.backlog = Integer.parseInt(prop("bench.s9.open", quick ? "2000" : "10000"));
		this.supervisors = Integer.parseInt(prop("bench.s9.supervisors", "1"));
		this.caseworkers = Integer
			.parseInt(prop("bench.s9.caseworkers", Integer.toString(Math.max(1, ctx.config().clientThreads() - 1))));
		this.dashboard = Boolean.parseBoolean(prop("bench.s9.dashboard", "true")) && this.supervisors > 0;
	}

	/** Prepares the engine and its backlog, soaks, and reports the drift. */
	public void run() {
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("minutes", round(this.duration.toSeconds() / 60.0));
		d.put("rampSeconds", this.ramp.toSeconds());
		d.put("windowSeconds", this.window.toSeconds());
		d.put("cleanupEverySeconds", this.cleanupEvery.toSeconds());
		d.put("caseworkerClients", this.caseworkers);
		d.put("supervisorClients", this.dashboard ? this.supervisors : 0);
		d.put("historyTimeToLiveDays", 0);
		d.put("historyLevel", "FULL");
		d.put("removalTimeStrategy", ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
		d.put("cleanupStrategy", ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
		DashboardBench dashboardQueries = null;
		HikariDataSource dashboardPool = null;
		if (this.dashboard) {
			// Scenario 7's cases (and scenario 5's decisions), prepared or reused.
			DashboardScenario s5 = new DashboardScenario(this.ctx);
			Map<String, Object> prepared = new TaskProjectionScenario(this.ctx).prepareOnly();
			s5.addDecisions();
			d.put("dashboardCases", prepared.get("cases"));
			d.put("dashboardOpenTasks", prepared.get("openTasks"));
			dashboardPool = dashboardPool(this.supervisors + 1);
			dashboardQueries = new DashboardBench(dashboardPool, DashboardScenario.investigations());
		}
		this.ctx.db().recreateSchema(SCHEMA);
		HikariDataSource enginePool = this.ctx.db().pool(SCHEMA, this.caseworkers + 4);
		Engine engine = BenchEngines.build("bench-soak", SCHEMA, enginePool, ProcessEngineConfiguration.HISTORY_FULL,
				BenchEngines.JobExecutorSettings.DEFAULTS, c -> {
					c.setHistoryRemovalTimeStrategy(ProcessEngineConfiguration.HISTORY_REMOVAL_TIME_STRATEGY_END);
					c.setHistoryCleanupStrategy(ProcessEngineConfiguration.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
					c.setHistoryCleanupBatchSize(500);
					c.setHistoryCleanupMetricsEnabled(true);
				});
		Soak soak;
		Interleaved.Measured<Soak> measured;
		try {
			engine.deploy(Map.of("bench-soak.bpmn", BenchProcesses.chain(PROCESS, false, 0)));
			startBacklog(engine);
			for (String t : List.of("act_ru_task", "act_ru_execution", "act_ru_variable", "act_ru_identitylink",
					"act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_identitylink")) {
				this.ctx.db().execute("vacuum (analyze) " + SCHEMA + "." + t);
			}
			engine.startJobExecutor();
			d.put("historyRowsAtStart", historyRows());
			d.put("historySizesAtStart (kB table / indexes)", historySizes());
			d.put("heapAfterGcAtStartMb", heapAfterGcMb());
			Map<String, Long> deletedBefore = deletedRows();
			DashboardBench dq = dashboardQueries;
			// One attempt: a soak is not repeated when its baselines disagree, it is
			// marked UNSTABLE.
			measured = Interleaved.measure("scenario 9 soak", CamundaShapedInsertBaseline.NAME, "tx/s", 1,
					this.ctx::measureBaselineA, () -> soak(engine, dq));
			soak = measured.value();
			d.put("heapAfterGcAtEndMb", heapAfterGcMb());
			d.put("openTasksAtEnd", engine.engine().getTaskService().createTaskQuery().count());
			d.put("historicInstancesPendingRemovalAtEnd", this.ctx.db()
				.scalar("select count(*) from " + SCHEMA + ".act_hi_procinst where removal_time_ <= now()"));
			d.put("cleanupRemovedProcessInstancesMetric", cleanupMetric(engine));
			engine.close();
			// Closing the pool ends its backends, which flushes their table statistics.
			enginePool.close();
			sleep(Duration.ofSeconds(2));
			d.put("historyRowsAtEnd", historyRows());
			d.put("historySizesAtEnd (kB table / indexes)", historySizes());
			d.put("historyRowsDeletedDuringSoak", minus(deletedRows(), deletedBefore));
		}
		finally {
			if (!enginePool.isClosed()) {
				engine.close();
			}
			if (dashboardPool != null) {
				dashboardPool.close();
			}
		}
		report(soak, measured.baseline(), d);
	}

	private void report(Soak soak, Result.Baseline baseline, Map<String, Object> d) {
		long from = soak.measureFromNanos();
		long to = soak.measureToNanos();
		boolean tooShort = Duration.ofNanos(to - from).compareTo(SHORTEST_JUDGED) < 0;
		d.put("startedInstances", soak.started());
		d.put("cleanupTriggers", soak.cleanupTriggers());
		d.put("loadAverageAtStart", round(soak.loadAtStart()));
		d.put("loadAverageAtEnd", round(soak.loadAtEnd()));
		d.put("baselineAfterOverBefore", round(Stats.ratio(baseline.after(), baseline.before())));
		d.put("samples (every window: seconds from the soak's start, historic instances, open tasks, history kB with indexes, dead history rows)",
				soak.samples());
		List<Map<String, Object>> series = new ArrayList<>();
		for (Op op : Op.values()) {
			Drift.Series s = soak.series().get(op);
			if (s.size() == 0 && op == Op.DASHBOARD && !this.dashboard) {
				continue;
			}
			for (Drift.Window w : s.windows(from, to, this.window.toNanos())) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("op", op.id);
				row.put("from", round((w.fromSeconds() - from / 1e9)));
				row.put("perSecond", round(w.throughput()));
				row.put("p95Ms", round(w.latency().p95()));
				series.add(row);
			}
		}
		d.put("windows", series);
		String run = round(this.duration.toSeconds() / 60.0) + " min, " + this.caseworkers + " caseworkers"
				+ (this.dashboard ? " + " + this.supervisors + " supervisor" : "") + ", history clean-up on";
		for (Op op : Op.values()) {
			if (op == Op.DASHBOARD && !this.dashboard) {
				continue;
			}
			Drift.Comparison c = soak.series().get(op).firstAgainstLast(from, to, PARTS);
			Map<String, Object> od = new LinkedHashMap<>();
			od.put("firstFifthPerSecond", round(c.first().throughput()));
			od.put("lastFifthPerSecond", round(c.last().throughput()));
			od.put("firstFifthP95Ms", round(c.first().latency().p95()));
			od.put("lastFifthP95Ms", round(c.last().latency().p95()));
			od.put("firstFifthP50Ms", round(c.first().latency().p50()));
			od.put("lastFifthP50Ms", round(c.last().latency().p50()));
			od.put("operations", soak.series().get(op).size());
			od.put("errors", soak.errors().get(op).sum());
			od.put("throughputRatioCorrectedForMachine",
					round(Drift.correctedForMachine(c.throughputRatio(), baseline.before(), baseline.after())));
			if (soak.firstErrors().get(op).get() != null) {
				od.put("firstError", soak.firstErrors().get(op).get());
			}
			add(Result.of("9." + op.id + ".throughput", "Scenario 9 soak (" + run + "): " + op.title + ", throughput",
					c.last().throughput(), "ops/s", baseline, c.throughputRatio(), "last fifth / first fifth",
					Target.atLeast(0.90, "≥ 0.90 (drift ≤ 10%)"), od), tooShort);
			add(Result.of("9." + op.id + ".p95", "Scenario 9 soak: " + op.title + ", p95 latency",
					c.last().latency().p95(), "ms", baseline, c.p95Ratio(), "last fifth / first fifth",
					Target.atMost(1.20, "≤ 1.20 (drift ≤ 20%)"), new LinkedHashMap<>()), tooShort);
		}
		add(Result.of("9.soak", "Scenario 9 soak: history rows, clean-up deletions, heap (details)", (to - from) / 60e9,
				"min measured", baseline, Double.NaN, null, null, d), tooShort);
		if (tooShort) {
			this.ctx.report()
				.note("Scenario 9 measured " + round((to - from) / 60e9) + " min (shorter than "
						+ SHORTEST_JUDGED.toMinutes()
						+ " min): its verdicts are UNSTABLE whatever the ratios; run it with -Dbench.s9.minutes=30.");
		}
	}

	private void add(Result r, boolean tooShort) {
		if (tooShort && r.verdict() != Target.Verdict.UNSTABLE) {
			r = new Result(r.id(), r.title(), r.value(), r.unit(), r.baseline(), r.ratio(), r.ratioOf(), r.target(),
					Target.Verdict.UNSTABLE, r.details());
		}
		this.ctx.report().add(r);
	}

	// ---- the soak ----

	private Soak soak(Engine engine, DashboardBench dashboardQueries) {
		RuntimeService runtime = engine.engine().getRuntimeService();
		TaskService tasks = engine.engine().getTaskService();
		long origin = System.nanoTime();
		long measureFrom = this.ramp.toNanos();
		long measureTo = measureFrom + this.duration.toNanos();
		double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Map<Op, LongAdder> errors = new EnumMap<>(Op.class);
		Map<Op, AtomicReference<String>> firstErrors = new EnumMap<>(Op.class);
		for (Op op : Op.values()) {
			errors.put(op, new LongAdder());
			firstErrors.put(op, new AtomicReference<>());
		}
		AtomicLong started = new AtomicLong();
		AtomicLong cleanups = new AtomicLong();
		List<Map<Op, Drift.Series>> perThread = new ArrayList<>();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < this.caseworkers; i++) {
			Map<Op, Drift.Series> mine = newSeries();
			perThread.add(mine);
			List<String> districts = districtsOf(i);
			Client client = new Client(mine, errors, firstErrors, origin);
			threads.add(new Thread(() -> {
				while (System.nanoTime() - origin < measureTo) {
					String gu = districts.get(ThreadLocalRandom.current().nextInt(districts.size()));
					if (client.time(Op.SUBMIT, () -> runtime.startProcessInstanceByKey(PROCESS,
							BenchProcesses.startVariables(gu))) != null) {
						started.incrementAndGet();
					}
					List<Task> page = client.time(Op.TASK_LIST, () -> TaskListScenario.query(tasks, gu, 0));
					if (page != null && !page.isEmpty()) {
						// Only this client works its districts, so no other completes it.
						String taskId = page.get(0).getId();
						client.time(Op.COMPLETE, () -> {
							tasks.complete(taskId, Map.of("reviewOutcome", "APPROVE"));
							return taskId;
						});
					}
				}
			}, "bench-s9-caseworker-" + i));
		}
		if (dashboardQueries != null) {
			List<String> districts = TaskListScenario.users(8);
			for (int i = 0; i < this.supervisors; i++) {
				Map<Op, Drift.Series> mine = newSeries();
				perThread.add(mine);
				Client client = new Client(mine, errors, firstErrors, origin);
				int first = i;
				threads.add(new Thread(() -> {
					int n = first;
					while (System.nanoTime() - origin < measureTo) {
						String gu = districts.get(n++ % districts.size());
						LocalDate to = LocalDate.now(ClockConfiguration.ZONE);
						client.time(Op.DASHBOARD, () -> dashboardQueries.refresh(gu,
								to.minusDays(DashboardScenario.PERIOD_DAYS - 1), to));
					}
				}, "bench-s9-supervisor-" + i));
			}
		}
		ConcurrentLinkedQueue<List<Object>> samples = new ConcurrentLinkedQueue<>();
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(1);
		timer.scheduleAtFixedRate(() -> {
			try {
				engine.engine().getHistoryService().cleanUpHistoryAsync(true);
				cleanups.incrementAndGet();
			}
			catch (RuntimeException ex) {
				log.warn("Scenario 9: history clean-up could not be triggered: {}", ex.toString());
			}
		}, this.cleanupEvery.toNanos(), this.cleanupEvery.toNanos(), TimeUnit.NANOSECONDS);
		timer.scheduleAtFixedRate(() -> {
			try {
				long historic = this.ctx.db().scalar("select count(*) from " + SCHEMA + ".act_hi_procinst");
				long open = this.ctx.db().scalar("select count(*) from " + SCHEMA + ".act_ru_task");
				double at = (System.nanoTime() - origin - measureFrom) / 1e9;
				long kb = historySizeKb();
				long dead = this.ctx.db()
					.scalar("select coalesce(sum(n_dead_tup), 0) from pg_stat_user_tables where schemaname = '" + SCHEMA
							+ "' and relname like 'act_hi_%'");
				samples.add(List.of(Math.round(at), historic, open, kb, dead));
				log.info(
						"Scenario 9: {} s, {} historic instances, {} open tasks, {} started, history {} kB, {} dead rows",
						Math.round(at), historic, open, started.get(), kb, dead);
			}
			catch (RuntimeException ex) {
				log.warn("Scenario 9: sample failed: {}", ex.toString());
			}
		}, measureFrom, this.window.toNanos(), TimeUnit.NANOSECONDS);
		log.info("Scenario 9: soaking for {} min after a {} s ramp ({} caseworkers, {} supervisors)",
				round(this.duration.toSeconds() / 60.0), this.ramp.toSeconds(), this.caseworkers,
				dashboardQueries == null ? 0 : this.supervisors);
		threads.forEach(Thread::start);
		Load.joinAll(threads);
		timer.shutdownNow();
		double loadAtEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Map<Op, Drift.Series> all = newSeries();
		for (Map<Op, Drift.Series> mine : perThread) {
			mine.forEach((op, s) -> all.get(op).addAll(s));
		}
		return new Soak(all, errors, firstErrors, measureFrom, measureTo, started.get(), cleanups.get(),
				new ArrayList<>(samples), loadAtStart, loadAtEnd);
	}

	/** The districts a caseworker client works: every {@code caseworkers}-th of 25. */
	private List<String> districtsOf(int client) {
		List<String> mine = new ArrayList<>();
		for (int i = client; i < BenchProcesses.SIGUNGU.size(); i += this.caseworkers) {
			mine.add(BenchProcesses.SIGUNGU.get(i));
		}
		return mine;
	}

	private static Map<Op, Drift.Series> newSeries() {
		Map<Op, Drift.Series> m = new EnumMap<>(Op.class);
		for (Op op : Op.values()) {
			m.put(op, new Drift.Series());
		}
		return m;
	}

	/** Times one client's operations into its own series. */
	private record Client(Map<Op, Drift.Series> series, Map<Op, LongAdder> errors,
			Map<Op, AtomicReference<String>> firstErrors, long origin) {

		/** Runs and records an operation; a failure is counted and gives {@code null}. */
		<T> T time(Op op, Supplier<T> body) {
			long t0 = System.nanoTime();
			T value;
			try {
				value = body.get();
			}
			catch (RuntimeException ex) {
				this.errors.get(op).increment();
				this.firstErrors.get(op).compareAndSet(null, ex.toString());
				return null;
			}
			long t1 = System.nanoTime();
			this.series.get(op).add(t1 - this.origin, t1 - t0);
			return value;
		}

	}

	/**
	 * What the soak measured.
	 *
	 * @param series every operation by kind (ends from the soak's start)
	 * @param errors failed operations by kind
	 * @param firstErrors the first failure of each kind
	 * @param measureFromNanos the end of the ramp
	 * @param measureToNanos the end of the soak
	 * @param started instances started
	 * @param cleanupTriggers calls of {@code cleanUpHistoryAsync(true)}
	 * @param samples every window: seconds, historic instances, open tasks, history kB,
	 * dead history rows
	 * @param loadAtStart the machine's load average at the start
	 * @param loadAtEnd at the end
	 */
	record Soak(Map<Op, Drift.Series> series, Map<Op, LongAdder> errors, Map<Op, AtomicReference<String>> firstErrors,
			long measureFromNanos, long measureToNanos, long started, long cleanupTriggers, List<List<Object>> samples,
			double loadAtStart, double loadAtEnd) {
	}

	// ---- preparation and the database's side ----

	private void startBacklog(Engine engine) {
		RuntimeService runtime = engine.engine().getRuntimeService();
		long t0 = System.nanoTime();
		List<Thread> threads = new ArrayList<>();
		int n = this.caseworkers;
		for (int t = 0; t < n; t++) {
			int share = this.backlog / n + (t < this.backlog % n ? 1 : 0);
			Thread thread = new Thread(() -> {
				for (int i = 0; i < share; i++) {
					runtime.startProcessInstanceByKey(PROCESS,
							BenchProcesses.startVariables(BenchProcesses.randomSigungu()));
				}
			}, "bench-s9-backlog-" + t);
			thread.start();
			threads.add(thread);
		}
		Load.joinAll(threads);
		log.info("Scenario 9: {} open tasks started in {} s", this.backlog, Math.round((System.nanoTime() - t0) / 1e9));
	}

	/** Rows of each history table of the soak's engine. */
	private Map<String, Long> historyRows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String t : HISTORY_TABLES) {
			rows.put(t, this.ctx.db().scalar("select count(*) from " + SCHEMA + "." + t));
		}
		rows.put("history tables' size (kB, with indexes)", historySizeKb());
		return rows;
	}

	/** Each history table's size in kB: the table itself and its indexes. */
	private Map<String, String> historySizes() {
		Map<String, String> sizes = new LinkedHashMap<>();
		try (Connection c = this.ctx.db().connect();
				Statement s = c.createStatement();
				ResultSet rs = s
					.executeQuery("select c.relname, pg_table_size(c.oid) / 1024, pg_indexes_size(c.oid) / 1024 "
							+ "from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = '"
							+ SCHEMA + "' and c.relkind = 'r' and c.relname like 'act_hi_%' order by c.relname")) {
			while (rs.next()) {
				sizes.put(rs.getString(1), rs.getLong(2) + " / " + rs.getLong(3));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return sizes;
	}

	/** The size of the soak engine's history tables with their indexes. */
	private long historySizeKb() {
		return this.ctx.db()
			.scalar("select coalesce(sum(pg_total_relation_size(c.oid)), 0) / 1024 from pg_class c "
					+ "join pg_namespace n on n.oid = c.relnamespace where n.nspname = '" + SCHEMA
					+ "' and c.relkind = 'r' and c.relname like 'act_hi_%'");
	}

	/** Rows PostgreSQL counted as deleted from each history table so far. */
	private Map<String, Long> deletedRows() {
		Map<String, Long> rows = new LinkedHashMap<>();
		try (Connection c = this.ctx.db().connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select relname, n_tup_del from pg_stat_user_tables where schemaname = '"
						+ SCHEMA + "' and relname like 'act_hi_%' order by relname")) {
			while (rs.next()) {
				rows.put(rs.getString(1), rs.getLong(2));
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return rows;
	}

	private static Map<String, Long> minus(Map<String, Long> after, Map<String, Long> before) {
		Map<String, Long> d = new LinkedHashMap<>();
		long total = 0;
		for (var e : after.entrySet()) {
			long v = e.getValue() - before.getOrDefault(e.getKey(), 0L);
			if (v != 0) {
				d.put(e.getKey(), v);
			}
			total += v;
		}
		d.put("total", total);
		return d;
	}

	/** The engine's own count of process instances its clean-up removed, or -1. */
	private static long cleanupMetric(Engine engine) {
		try {
			engine.configuration().getDbMetricsReporter().reportNow();
			return engine.engine()
				.getManagementService()
				.createMetricsQuery()
				.name(Metrics.HISTORY_CLEANUP_REMOVED_PROCESS_INSTANCES)
				.sum();
		}
		catch (RuntimeException ex) {
			log.warn("Scenario 9: clean-up metric not readable: {}", ex.toString());
			return -1;
		}
	}

	/** Connections that see scenario 7's cases and the soak engine's tables. */
	private HikariDataSource dashboardPool(int size) {
		HikariConfig hc = new HikariConfig();
		hc.setPoolName("bench-soak-dashboard");
		hc.setJdbcUrl(this.ctx.db().url());
		hc.setUsername(this.ctx.db().username());
		hc.setPassword(this.ctx.db().password());
		hc.setMaximumPoolSize(size);
		hc.setMinimumIdle(size);
		hc.setConnectionInitSql("set search_path to " + TaskProjectionScenario.SCHEMA + ", " + SCHEMA);
		return new HikariDataSource(hc);
	}

	private static double heapAfterGcMb() {
		for (int i = 0; i < 3; i++) {
			System.gc();
			sleep(Duration.ofMillis(200));
		}
		return round(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024));
	}

	private static void sleep(Duration d) {
		try {
			Thread.sleep(d.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static String prop(String name, String defaultValue) {
		String value = System.getProperty(name);
		return value == null || value.isBlank() ? defaultValue : value.strip();
	}

	private static double round(double v) {
		return Math.round(v * 1000.0) / 1000.0;
	}

}
