package io.bokjiflow.bench.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import com.zaxxer.hikari.HikariDataSource;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.engine.BenchEngines;
import io.bokjiflow.bench.engine.BenchEngines.Engine;
import io.bokjiflow.bench.engine.BenchProcesses;
import io.bokjiflow.bench.engine.SqlCapture;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 4: the task list's query — Camunda's task query as {@code CaseTaskService}
 * builds it for the group tab (active tasks of the user's candidate groups, by due date
 * then creation time, a page of 50) — over 100,000 open tasks, for 1 and 8 concurrent
 * users, against the raw SQL the engine emits for the same query run through plain JDBC.
 *
 * <p>
 * The data is prepared once in schema {@code bench_tasks} and reused by later runs: the
 * open tasks are started through the engine (several threads), so every runtime and
 * history row is the engine's own; completed historic instances beyond those are cloned
 * in SQL from instances the engine completed (see {@link #cloneHistory}).
 */
public final class TaskListScenario {

	private static final Logger log = LoggerFactory.getLogger(TaskListScenario.class);

	static final String SCHEMA = "bench_tasks";

	/** The page size of the task list's grid (Vaadin's default). */
	static final int PAGE = 50;

	static final int[] OFFSETS = { 0, 50, 100, 150 };

	/** The user whose list the one-user run opens: a caseworker of 강남구. */
	static final String FIRST_SIGUNGU = "11680";

	/** Id columns of the history tables that belong to one instance (cloned per copy). */
	private static final List<String> INSTANCE_ID_COLUMNS = List.of("id_", "proc_inst_id_", "root_proc_inst_id_",
			"execution_id_", "act_inst_id_", "parent_act_inst_id_", "task_id_", "var_inst_id_", "business_key_",
			"call_proc_inst_id_", "parent_task_id_");

	private static final List<String> HISTORY_TABLES = List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
			"act_hi_varinst", "act_hi_detail", "act_hi_identitylink");

	private final BenchContext ctx;

	private Engine engine;

	private HikariDataSource raw;

	public TaskListScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/** Prepares (or reuses) the data and measures 1 and 8 users. */
	public void run() {
		var cfg = this.ctx.config();
		open();
		try {
			Map<String, Object> prep = prepare(cfg.openTasks(), cfg.historicInstances());
			measure(1, Target.atMost(2.5, "p95 ≤ 2.5 × raw SQL"), prep);
			measure(8, Target.atMost(2.0, "p95 ≤ 2 × raw SQL"), prep);
		}
		finally {
			close();
		}
	}

	/**
	 * Builds the engine on schema {@code bench_tasks} (wiped first with
	 * {@code bench.fresh}) and deploys the chain; scenario 7 uses it too.
	 */
	void open() {
		if (this.ctx.config().fresh() && this.ctx.db().schemaExists(SCHEMA)) {
			this.ctx.db().recreateSchema(SCHEMA);
		}
		HikariDataSource enginePool = this.ctx.db().pool(SCHEMA, 12);
		this.engine = BenchEngines.build("bench-tasks", SCHEMA, SqlCapture.wrap(enginePool),
				ProcessEngineConfiguration.HISTORY_FULL, BenchEngines.JobExecutorSettings.DEFAULTS);
		this.raw = this.ctx.db().pool(SCHEMA, 10);
		this.engine.deploy(Map.of("bench-chain.bpmn", BenchProcesses.chain(BenchProcesses.SYNC, false)));
	}

	/** Closes the engine. */
	void close() {
		if (this.engine != null) {
			this.engine.close();
		}
	}

	/** The engine over the prepared tasks. */
	Engine engine() {
		return this.engine;
	}

	private void measure(int users, Target target, Map<String, Object> prep) {
		var cfg = this.ctx.config();
		TaskService tasks = this.engine.engine().getTaskService();
		List<String> sigungu = users(users);
		Map<String, SqlCapture.Captured> sql = new HashMap<>();
		for (String gu : sigungu) {
			for (int offset : OFFSETS) {
				List<SqlCapture.Captured> captured = SqlCapture.capture(() -> query(tasks, gu, offset));
				SqlCapture.Captured select = captured.stream()
					.filter(c -> c.sql().toUpperCase().contains("ACT_RU_TASK"))
					.reduce((a, b) -> b)
					.orElseThrow(() -> new IllegalStateException("No task query captured: " + captured));
				sql.put(gu + "@" + offset, select);
			}
		}
		long seed = 42;
		// Both paths once before measuring: plans, caches, JIT.
		rawQueries(users, sigungu, sql, seed, Duration.ofSeconds(3));
		camundaQueries(users, sigungu, seed, Duration.ofSeconds(3));
		Duration window = cfg.queryWindow();
		var measured = Interleaved.measure("scenario 4 (" + users + " users)", "(b) raw SQL p95", "ms", cfg.attempts(),
				() -> rawQueries(users, sigungu, sql, seed, window).latency().p95(),
				() -> camundaQueries(users, sigungu, seed, window));
		Load.Outcome camunda = measured.value();
		Stats.Latency c = camunda.latency();
		Map<String, Object> d = new LinkedHashMap<>(prep);
		d.put("users", users);
		d.put("candidateGroupsPerUser", List.of("caseworker", "caseworkers-<시·군·구>"));
		d.put("camundaP50Ms", round(c.p50()));
		d.put("camundaP99Ms", round(c.p99()));
		d.put("camundaQueriesPerSecond", round(camunda.throughput()));
		d.put("camundaErrors", camunda.errors());
		d.put("tasksPerUserGroup",
				tasks.createTaskQuery().active().taskCandidateGroup("caseworkers-" + sigungu.get(0)).count());
		d.put("sql", sql.get(sigungu.get(0) + "@0").describe());
		this.ctx.report()
			.add(Result.of("4.users" + users,
					"Scenario 4: task-list query p95, " + users + (users == 1 ? " user" : " concurrent users") + ", "
							+ prep.get("openTasks") + " open tasks",
					c.p95(), "ms", measured.baseline(), Stats.ratio(c.p95(), measured.baseline().value()),
					"Camunda p95 / raw SQL p95", target, d));
	}

	static List<String> users(int count) {
		List<String> all = new ArrayList<>();
		all.add(FIRST_SIGUNGU);
		for (String gu : BenchProcesses.SIGUNGU) {
			if (!gu.equals(FIRST_SIGUNGU)) {
				all.add(gu);
			}
		}
		return all.subList(0, count);
	}

	static List<Task> query(TaskService tasks, String sigungu, int offset) {
		return tasks.createTaskQuery()
			.active()
			.taskCandidateGroupIn(List.of("caseworker", "caseworkers-" + sigungu))
			.orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(offset, PAGE);
	}

	Load.Outcome camundaQueries(int users, List<String> sigungu, long seed, Duration window) {
		TaskService tasks = this.engine.engine().getTaskService();
		return Load.run("s4-camunda-" + users, users, Duration.ofSeconds(1), window, i -> {
			String gu = sigungu.get(i);
			java.util.Random random = new java.util.Random(seed + i);
			return () -> query(tasks, gu, OFFSETS[random.nextInt(OFFSETS.length)]);
		});
	}

	private Load.Outcome rawQueries(int users, List<String> sigungu, Map<String, SqlCapture.Captured> sql, long seed,
			Duration window) {
		return Load.run("s4-raw-" + users, users, Duration.ofSeconds(1), window, i -> {
			String gu = sigungu.get(i);
			java.util.Random random = new java.util.Random(seed + i);
			return () -> {
				SqlCapture.Captured q = sql.get(gu + "@" + OFFSETS[random.nextInt(OFFSETS.length)]);
				try (Connection c = this.raw.getConnection();
						PreparedStatement ps = q.prepare(c);
						ResultSet rs = ps.executeQuery()) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						for (int col = 1; col <= columns; col++) {
							rs.getObject(col);
						}
					}
				}
			};
		});
	}

	/**
	 * Makes sure the schema holds the open tasks and historic instances asked for; what
	 * exists is reused.
	 */
	Map<String, Object> prepare(int openTasks, long historicInstances) {
		Map<String, Object> d = new LinkedHashMap<>();
		meta("create table if not exists " + SCHEMA + ".bench_meta (key varchar(100) primary key, value text)");
		TaskService tasks = this.engine.engine().getTaskService();
		long open = tasks.createTaskQuery().processDefinitionKey(BenchProcesses.SYNC).count();
		if (open < openTasks) {
			int missing = (int) (openTasks - open);
			log.info("Task list: starting {} instances through the engine ({} open tasks exist)", missing, open);
			long t0 = System.nanoTime();
			startInstances(missing);
			double seconds = (System.nanoTime() - t0) / 1e9;
			log.info("Task list: {} instances started in {} s ({} inst/s)", missing, Math.round(seconds),
					Math.round(missing / seconds));
			addMeta("open_tasks_started", missing);
			addMeta("open_tasks_seconds", seconds);
			open = tasks.createTaskQuery().processDefinitionKey(BenchProcesses.SYNC).count();
		}
		long historic = this.ctx.db().scalar("select count(*) from " + SCHEMA + ".act_hi_procinst");
		if (historic < historicInstances) {
			long t0 = System.nanoTime();
			cloneHistory(historicInstances - historic);
			double seconds = (System.nanoTime() - t0) / 1e9;
			addMeta("history_cloned_seconds", seconds);
			historic = this.ctx.db().scalar("select count(*) from " + SCHEMA + ".act_hi_procinst");
			log.info("Task list: history now {} instances ({} s to clone)", historic, Math.round(seconds));
			this.ctx.db().execute("analyze");
		}
		if (metaDouble("vacuumed_at_history") != historic) {
			vacuum();
			setMeta("vacuumed_at_history", historic);
		}
		d.put("openTasks", open);
		d.put("historicInstances", historic);
		d.put("historicInstancesTarget", historicInstances);
		d.put("openTasksPreparedSeconds (all runs)", round(metaDouble("open_tasks_seconds")));
		d.put("openTasksPreparedThroughEngine", (long) metaDouble("open_tasks_started"));
		d.put("historyClonedSeconds (all runs)", round(metaDouble("history_cloned_seconds")));
		d.put("historyClonedInstances", (long) metaDouble("history_cloned_instances"));
		d.put("databaseSizeMb", this.ctx.db().scalar("select pg_database_size(current_database()) / 1048576"));
		return d;
	}

	/**
	 * Vacuums and analyses the prepared tables once, so that PostgreSQL's autovacuum of
	 * millions of fresh rows does not run in the middle of a later measurement.
	 */
	private void vacuum() {
		long t0 = System.nanoTime();
		log.info("Task list: vacuum (analyze) of the prepared tables (once after preparing)");
		for (String table : List.of("act_ru_task", "act_ru_identitylink", "act_ru_execution", "act_ru_variable",
				"act_hi_procinst", "act_hi_actinst", "act_hi_taskinst", "act_hi_varinst", "act_hi_detail",
				"act_hi_identitylink")) {
			try {
				this.ctx.db().execute("vacuum (analyze) " + SCHEMA + "." + table);
			}
			catch (RuntimeException ex) {
				log.warn("vacuum of {} failed: {}", table, ex.getMessage());
			}
		}
		log.info("Task list: vacuum took {} s", Math.round((System.nanoTime() - t0) / 1e9));
	}

	private void startInstances(int count) {
		var runtime = this.engine.engine().getRuntimeService();
		int threads = this.ctx.config().clientThreads();
		AtomicLong done = new AtomicLong();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		long t0 = System.nanoTime();
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int share = count / threads + (t < count % threads ? 1 : 0);
				futures.add(pool.submit(() -> {
					for (int i = 0; i < share; i++) {
						runtime.startProcessInstanceByKey(BenchProcesses.SYNC,
								BenchProcesses.startVariables(BenchProcesses.randomSigungu()));
						long n = done.incrementAndGet();
						if (n % 10_000 == 0) {
							log.info("Task list: {} of {} started ({} inst/s)", n, count,
									Math.round(n / ((System.nanoTime() - t0) / 1e9)));
						}
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the open tasks", ex);
		}
		finally {
			pool.shutdown();
		}
	}

	/**
	 * Adds completed historic instances by copying, in SQL, the history rows of instances
	 * the engine itself completed (start → three service tasks → user task completed →
	 * end): every instance-scoped id is replaced by an md5 of itself and the copy's
	 * number, every timestamp moves back by up to a year. This writes in minutes what
	 * completing a million instances through the engine (~1 hour here) would; the rows
	 * have the engine's shape, and their indexes are maintained as PostgreSQL inserts
	 * them.
	 */
	private void cloneHistory(long instances) {
		int templates = 20;
		var runtime = this.engine.engine().getRuntimeService();
		TaskService tasks = this.engine.engine().getTaskService();
		List<String> templateIds = new ArrayList<>();
		for (int i = 0; i < templates; i++) {
			String pi = runtime
				.startProcessInstanceByKey(BenchProcesses.SYNC, "TEMPLATE-" + i,
						BenchProcesses.startVariables(BenchProcesses.SIGUNGU.get(i % BenchProcesses.SIGUNGU.size())))
				.getId();
			Task task = tasks.createTaskQuery().processInstanceId(pi).singleResult();
			tasks.complete(task.getId(), Map.of("reviewOutcome", "APPROVE"));
			templateIds.add(pi);
		}
		long copiesPerTemplate = (instances + templates - 1) / templates;
		long next = (long) metaDouble("history_clone_next");
		long clonedBefore = (long) metaDouble("history_cloned_instances");
		String inList = templateIds.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
		log.info("Task list: cloning {} completed historic instances from {} engine-completed templates",
				copiesPerTemplate * templates, templates);
		long chunk = 5_000;
		try (Connection c = this.ctx.db().connect()) {
			Map<String, String> selects = new LinkedHashMap<>();
			for (String table : HISTORY_TABLES) {
				selects.put(table, cloneSelect(c, table, inList));
			}
			long t0 = System.nanoTime();
			for (long from = 1; from <= copiesPerTemplate; from += chunk) {
				long to = Math.min(copiesPerTemplate, from + chunk - 1);
				c.setAutoCommit(false);
				for (var e : selects.entrySet()) {
					try (PreparedStatement ps = c.prepareStatement(e.getValue())) {
						ps.setLong(1, next + from);
						ps.setLong(2, next + to);
						ps.executeUpdate();
					}
				}
				// The progress commits with the rows, so an interrupted run resumes
				// cleanly.
				try (PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA
						+ ".bench_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value")) {
					ps.setString(1, "history_clone_next");
					ps.setString(2, Double.toString(next + to));
					ps.executeUpdate();
					ps.setString(1, "history_cloned_instances");
					ps.setString(2, Double.toString(clonedBefore + to * templates));
					ps.executeUpdate();
				}
				c.commit();
				long done = to * templates;
				log.info("Task list: {} historic instances cloned ({} inst/s)", done,
						Math.round(done / ((System.nanoTime() - t0) / 1e9)));
			}
			c.setAutoCommit(true);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not clone history", ex);
		}
	}

	private static String cloneSelect(Connection c, String table, String templateIds) throws SQLException {
		List<String> columns = new ArrayList<>();
		List<String> exprs = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(
				"select column_name, data_type from information_schema.columns where table_schema = ? and table_name = ? order by ordinal_position")) {
			ps.setString(1, SCHEMA);
			ps.setString(2, table);
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					String col = rs.getString(1);
					String type = rs.getString(2);
					columns.add(col);
					if (col.equals("business_key_")) {
						exprs.add("t." + col + " || '-' || g");
					}
					else if (INSTANCE_ID_COLUMNS.contains(col)) {
						// Deterministic, so references between the tables stay
						// consistent;
						// 32 characters fit every id column (activity instance ids are
						// long).
						exprs.add("md5(t." + col + " || ':' || g)");
					}
					else if (type.startsWith("timestamp")) {
						exprs.add("t." + col + " - make_interval(secs => g * 29)");
					}
					else {
						exprs.add("t." + col);
					}
				}
			}
		}
		if (columns.isEmpty()) {
			throw new IllegalStateException("No table " + SCHEMA + "." + table);
		}
		String instanceColumn = columns.contains("root_proc_inst_id_") ? "root_proc_inst_id_" : "proc_inst_id_";
		return "insert into " + SCHEMA + "." + table + " (" + String.join(", ", columns) + ") select "
				+ String.join(", ", exprs) + " from " + SCHEMA + "." + table + " t cross join generate_series(?, ?) g"
				+ " where t." + instanceColumn + " in (" + templateIds + ")";
	}

	private void meta(String sql) {
		this.ctx.db().execute(sql);
	}

	private double metaDouble(String key) {
		try (Connection c = this.ctx.db().connect();
				PreparedStatement ps = c
					.prepareStatement("select value from " + SCHEMA + ".bench_meta where key = ?")) {
			ps.setString(1, key);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? Double.parseDouble(rs.getString(1)) : 0;
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void addMeta(String key, double add) {
		setMeta(key, metaDouble(key) + add);
	}

	private void setMeta(String key, double value) {
		try (Connection c = this.ctx.db().connect();
				PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA
						+ ".bench_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value")) {
			ps.setString(1, key);
			ps.setString(2, Double.toString(value));
			ps.executeUpdate();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static double round(double v) {
		return Math.round(v * 1000.0) / 1000.0;
	}

}
