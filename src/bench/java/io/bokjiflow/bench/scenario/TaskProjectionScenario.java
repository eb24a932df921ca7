package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.engine.SqlCapture;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.casework.TaskSort;
import io.bokjiflow.casework.internal.TaskListBench;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Scenario 7 (issue 7): the task list over its own projection — {@code cw_task}, which
 * carries the case's columns since V15 (up to V14 joined with {@code cw_application}), as
 * {@code TaskListQuery} (or, on a V14 schema, {@code TaskListQueryV14}) builds and issues
 * it — over scenario 4's open tasks and a million closed cases, for 1 and 8 concurrent
 * caseworkers, against the same SQL text with the same parameters through plain JDBC; the
 * group tab is also measured with Camunda's task query (scenario 4's) in the same
 * attempt.
 *
 * <p>
 * The projection lives in schema {@code bench_projection}, created by the application's
 * own Flyway migrations; {@code cw_task} is filled by the application's start-up
 * reconciliation from the engine's runtime tables in {@code bench_tasks}, and
 * {@code cw_application} gets a case for every open task and the closed cases, generated
 * with a fixed seed and loaded with {@code COPY}. The data is kept and reused while the
 * open tasks, the sizes and the migrations stay the same.
 */
public final class TaskProjectionScenario {

	private static final Logger log = LoggerFactory.getLogger(TaskProjectionScenario.class);

	static final String SCHEMA = "bench_projection";

	/** Bump when the generated data changes, so that a kept schema is rebuilt. */
	private static final int DATA_VERSION = 1;

	private static final long SEED = 7;

	/** 행정동 per 시·군·구 in the generated cases (synthetic codes: 구 + 3 digits + 00). */
	private static final int DONGS_PER_SIGUNGU = 12;

	private static final String FLAG_FILTER = "ADDRESS_MISMATCH";

	private static final List<String> SURNAMES = List.of("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오",
			"서", "신", "권");

	private static final List<String> LAST_SYLLABLES = List.of("수", "희", "민", "준", "영", "호", "자", "진", "우", "숙", "철",
			"미");

	private static final String APPLICATION_COLUMNS = "id, application_no, program_code, person_id, applicant_name_mask, "
			+ "admin_dong_code, sigungu_code, status, consent_given, submitted_by, submitted_org, submitted_at, "
			+ "decision_due_on, process_instance_id, eligible, eligibility_rule, flags, applicant_new, version";

	private final BenchContext ctx;

	private final int closedCases;

	private final String before;

	private final Set<String> only;

	private List<Program> programs;

	private TaskListBench app;

	private HikariDataSource raw;

	private TaskListScenario engineTasks;

	private Map<String, Object> prepared;

	private final StringBuilder plans = new StringBuilder();

	/** A linked program: its code, the prefix of its application numbers, its weight. */
	private record Program(String code, String prefix, boolean investigated) {
	}

	/** One measured query of the task list. */
	private record Query(String id, String title, TaskFilter filter, boolean count, int[] offsets, boolean camunda) {
	}

	/** The projection's and (group tab) Camunda's measurement of one attempt. */
	private record Measured(Load.Outcome app, Load.Outcome camunda) {
	}

	public TaskProjectionScenario(BenchContext ctx) {
		this.ctx = ctx;
		boolean quick = ctx.config().quick();
		this.closedCases = Integer.parseInt(System.getProperty("bench.s7.closed", quick ? "100000" : "1000000"));
		String b = System.getProperty("bench.s7.before", "").strip();
		this.before = b.isEmpty() || b.equals("none") ? null : b;
		String q = System.getProperty("bench.s7.queries", "all").strip();
		this.only = q.isEmpty() || q.equals("all") ? Set.of() : Set.of(q.split(","));
	}

	/** Prepares (or reuses) the data and measures every query at 1 and 8 users. */
	public void run() {
		var cfg = this.ctx.config();
		this.programs = programs();
		this.engineTasks = new TaskListScenario(this.ctx);
		this.engineTasks.open();
		try {
			// Scenario 4's open tasks (topped up through the engine when missing); its
			// historic instances are left as they are (the projection never reads them).
			Map<String, Object> engine = this.engineTasks.prepare(cfg.openTasks(), 0);
			long openTasks = ((Number) engine.get("openTasks")).longValue();
			List<Query> queries = queries();
			if (this.before != null) {
				prepare(openTasks, this.before, engine);
				measureAll(queries, ".before", "migrations up to V" + this.before);
				long t0 = System.nanoTime();
				MigrationVersion v = migrate(null);
				this.ctx.db().execute("analyze " + SCHEMA + ".cw_task");
				this.ctx.db().execute("analyze " + SCHEMA + ".cw_application");
				log.info("Task projection: migrated to V{} in {} s", v, Math.round((System.nanoTime() - t0) / 1e9));
				this.prepared.put("migratedTo", String.valueOf(v));
				// Now the kept schema is what a run without bench.s7.before wants.
				setMeta("signature", signature(openTasks, null));
				setMeta("migrated_to", String.valueOf(v));
				this.prepared.put("laterMigrationsSeconds", round((System.nanoTime() - t0) / 1e9));
				this.prepared.putAll(caseColumns());
				pools();
				measureAll(queries, "", "all migrations (V" + v + ")");
			}
			else {
				prepare(openTasks, null, engine);
				measureAll(queries, "", "all migrations (V" + this.prepared.get("migratedTo") + ")");
			}
			writePlans();
		}
		finally {
			this.engineTasks.close();
		}
	}

	/**
	 * Prepares (or reuses) this scenario's data without measuring anything: scenario 5
	 * (the supervisor dashboard) reads the same cases and projection.
	 * @return what was prepared (sizes and timings)
	 */
	public Map<String, Object> prepareOnly() {
		this.programs = programs();
		this.engineTasks = new TaskListScenario(this.ctx);
		this.engineTasks.open();
		try {
			Map<String, Object> engine = this.engineTasks.prepare(this.ctx.config().openTasks(), 0);
			long openTasks = ((Number) engine.get("openTasks")).longValue();
			prepare(openTasks, null, engine);
			return this.prepared;
		}
		finally {
			this.engineTasks.close();
		}
	}

	private List<Query> queries() {
		List<String> common = this.programs.subList(0, 2).stream().map(Program::code).toList();
		TaskFilter group = TaskFilter.of(TaskScope.GROUP);
		TaskFilter program = new TaskFilter(TaskScope.GROUP, Set.copyOf(common), null, null, null, null, null, false,
				null, null, null, null, false, null, null, false);
		TaskFilter flags = new TaskFilter(TaskScope.GROUP, null, null, null, null, null, null, false, null, null, null,
				Set.of(FLAG_FILTER), false, null, null, false);
		TaskFilter overdue = new TaskFilter(TaskScope.GROUP, null, null, null, null, null, null, true, null, null, null,
				null, false, null, null, false);
		int[] first = { 0 };
		List<Query> all = List.of(
				new Query("group", "group tab by due date, pages 1–4 (offset 0/50/100/150)", group, false,
						TaskListScenario.OFFSETS, true),
				new Query("program", "group tab, programs " + common + ", page 1", program, false, first, false),
				new Query("flags", "group tab, flag " + FLAG_FILTER + ", page 1", flags, false, first, false),
				new Query("overdue", "group tab, overdue only, page 1", overdue, false, first, false),
				new Query("applied", "group tab by applied date descending, page 1",
						group.sortedBy(TaskSort.APPLIED, true), false, first, false),
				new Query("count.group", "count of the group tab (its label, every refresh)", group, true, first,
						false),
				new Query("count.program", "count of the group tab with the programs filter (a saved filter's count)",
						program, true, first, false));
		return all.stream().filter(q -> this.only.isEmpty() || this.only.contains(q.id())).toList();
	}

	// ---- measuring ----

	private void measureAll(List<Query> queries, String suffix, String schemaState) {
		for (int users : List.of(1, 8)) {
			for (Query q : queries) {
				measure(q, users, suffix, schemaState);
			}
		}
	}

	private void measure(Query q, int users, String suffix, String schemaState) {
		var cfg = this.ctx.config();
		List<String> sigungu = TaskListScenario.users(users);
		Map<String, SqlCapture.Captured> sql = new HashMap<>();
		for (String gu : sigungu) {
			for (int offset : q.offsets()) {
				List<SqlCapture.Captured> captured = SqlCapture.capture(() -> call(q, gu, offset));
				sql.put(gu + "@" + offset,
						captured.stream()
							.filter(c -> c.sql().contains("cw_task"))
							.reduce((a, b) -> b)
							.orElseThrow(() -> new IllegalStateException("No task-list query captured: " + captured)));
			}
		}
		if (users == 1) {
			explain(q, sql, suffix);
		}
		long seed = 42;
		Duration warm = Duration.ofSeconds(2);
		rawQueries(q, users, sigungu, sql, seed, warm);
		appQueries(q, users, sigungu, seed, warm);
		if (q.camunda()) {
			this.engineTasks.camundaQueries(users, sigungu, seed, warm);
		}
		Duration window = cfg.queryWindow();
		var measured = Interleaved.measure("scenario 7 " + q.id() + suffix + " (" + users + " users)",
				"(b) raw SQL p95", "ms", cfg.attempts(),
				() -> rawQueries(q, users, sigungu, sql, seed, window).latency().p95(),
				() -> new Measured(appQueries(q, users, sigungu, seed, window),
						q.camunda() ? this.engineTasks.camundaQueries(users, sigungu, seed, window) : null));
		Load.Outcome appOutcome = measured.value().app();
		Stats.Latency a = appOutcome.latency();
		String first = sigungu.get(0);
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("schema", schemaState);
		d.put("users", users);
		d.put("viewer", "cw.bench.<시·군·구>, groups caseworker + caseworkers-<시·군·구>, scope GROUP");
		d.put("filter", q.title());
		d.put("p50Ms", round(a.p50()));
		d.put("p99Ms", round(a.p99()));
		d.put("queriesPerSecond", round(appOutcome.throughput()));
		d.put("errors", appOutcome.errors());
		d.put("rowsMatchingForFirstUser",
				this.app.count("cw.bench." + first, groups(first), q.filter().withScope(TaskScope.GROUP)));
		d.put("sql", sql.get(first + "@0").describe());
		if (users == 1 && q.camunda()) {
			// The data, once per schema state.
			d.putAll(this.prepared);
		}
		Target target = q.count() ? null : users == 1 ? Target.atMost(2.5, "p95 ≤ 2.5 × raw SQL (scenario 4's target)")
				: Target.atMost(2.0, "p95 ≤ 2 × raw SQL (scenario 4's target)");
		String who = users + (users == 1 ? " user" : " concurrent users");
		this.ctx.report()
			.add(Result.of("7." + q.id() + ".users" + users + suffix,
					"Scenario 7: task list (projection) " + q.title() + ", " + who + ", "
							+ this.prepared.get("openTasks") + " open tasks, " + this.prepared.get("cases") + " cases"
							+ (suffix.isEmpty() ? "" : " — before the later migrations (" + schemaState + ")"),
					a.p95(), "ms", measured.baseline(), Stats.ratio(a.p95(), measured.baseline().value()),
					"TaskListQuery p95 / raw SQL p95", target, d));
		if (q.camunda()) {
			Load.Outcome camunda = measured.value().camunda();
			Stats.Latency c = camunda.latency();
			Map<String, Object> cd = new LinkedHashMap<>();
			cd.put("schema", schemaState);
			cd.put("users", users);
			cd.put("projectionP50Ms", round(a.p50()));
			cd.put("projectionP95Ms", round(a.p95()));
			cd.put("projectionP99Ms", round(a.p99()));
			cd.put("camundaP50Ms", round(c.p50()));
			cd.put("camundaP95Ms", round(c.p95()));
			cd.put("camundaP99Ms", round(c.p99()));
			cd.put("camundaQueriesPerSecond", round(camunda.throughput()));
			cd.put("camundaErrors", camunda.errors());
			cd.put("camundaQuery",
					"TaskQuery.active().taskCandidateGroupIn(caseworker, caseworkers-<시·군·구>).orderByDueDate().orderByTaskCreateTime(), page of 50 (scenario 4)");
			cd.put("rawSqlP95MsBeforeAfter",
					List.of(round(measured.baseline().before()), round(measured.baseline().after())));
			this.ctx.report()
				.add(Result.of("7.vsCamunda.users" + users + suffix,
						"Scenario 7: group tab by due date, projection vs Camunda's task query (scenario 4's), " + who,
						a.p95(), "ms", null, Stats.ratio(a.p95(), c.p95()), "projection p95 / Camunda TaskQuery p95",
						null, cd));
		}
	}

	private Object call(Query q, String gu, int offset) {
		String user = "cw.bench." + gu;
		return q.count() ? this.app.count(user, groups(gu), q.filter())
				: this.app.page(user, groups(gu), q.filter(), offset, TaskListScenario.PAGE);
	}

	private static List<String> groups(String gu) {
		return List.of("caseworker", "caseworkers-" + gu);
	}

	private Load.Outcome appQueries(Query q, int users, List<String> sigungu, long seed, Duration window) {
		return Load.run("s7-app-" + q.id() + "-" + users, users, Duration.ofSeconds(1), window, i -> {
			String gu = sigungu.get(i);
			Random random = new Random(seed + i);
			return () -> call(q, gu, q.offsets()[random.nextInt(q.offsets().length)]);
		});
	}

	private Load.Outcome rawQueries(Query q, int users, List<String> sigungu, Map<String, SqlCapture.Captured> sql,
			long seed, Duration window) {
		return Load.run("s7-raw-" + q.id() + "-" + users, users, Duration.ofSeconds(1), window, i -> {
			String gu = sigungu.get(i);
			Random random = new Random(seed + i);
			return () -> {
				SqlCapture.Captured c = sql.get(gu + "@" + q.offsets()[random.nextInt(q.offsets().length)]);
				try (Connection con = this.raw.getConnection();
						PreparedStatement ps = c.prepare(con);
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

	/** The plan of the query for the first user (first and last page), for the docs. */
	private void explain(Query q, Map<String, SqlCapture.Captured> sql, String suffix) {
		String first = TaskListScenario.users(1).get(0);
		int[] offsets = q.offsets().length > 1 ? new int[] { q.offsets()[0], q.offsets()[q.offsets().length - 1] }
				: q.offsets();
		for (int offset : offsets) {
			SqlCapture.Captured c = sql.get(first + "@" + offset);
			SqlCapture.Captured explain = new SqlCapture.Captured("explain (analyze, buffers) " + c.sql(),
					c.bindings());
			this.plans.append("## 7.")
				.append(q.id())
				.append(suffix)
				.append(" — ")
				.append(q.title())
				.append(", offset ")
				.append(offset)
				.append("\n\n")
				.append(c.describe())
				.append("\n\n");
			try (Connection con = this.raw.getConnection();
					PreparedStatement ps = explain.prepare(con);
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					this.plans.append("    ").append(rs.getString(1)).append('\n');
				}
			}
			catch (SQLException ex) {
				this.plans.append("    explain failed: ").append(ex.getMessage()).append('\n');
			}
			this.plans.append('\n');
		}
	}

	private void writePlans() {
		try {
			Files.createDirectories(this.ctx.config().dir());
			Files.writeString(this.ctx.config().dir().resolve("scenario7-plans.md"),
					"# Scenario 7: plans of the task list's queries (EXPLAIN ANALYZE, first user)\n\n" + this.plans,
					StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// ---- preparing ----

	/**
	 * Makes sure schema {@code bench_projection} holds the application's tables (migrated
	 * up to a version, or all), the projection of the open tasks and their cases plus the
	 * closed cases; rebuilds it when anything differs from what is kept.
	 */
	private void prepare(long openTasks, String target, Map<String, Object> engine) {
		String signature = signature(openTasks, target);
		boolean keep = this.ctx.db().schemaExists(SCHEMA) && signature.equals(meta("signature"))
				&& flyway(target).info().pending().length == 0 && !this.ctx.config().fresh();
		Map<String, Object> d = new LinkedHashMap<>();
		if (!keep) {
			log.info("Task projection: building schema {} ({})", SCHEMA, signature);
			this.ctx.db().recreateSchema(SCHEMA);
			long t0 = System.nanoTime();
			MigrationVersion v = migrate(target);
			double migrated = (System.nanoTime() - t0) / 1e9;
			long t1 = System.nanoTime();
			reconcile();
			double reconciled = (System.nanoTime() - t1) / 1e9;
			long t2 = System.nanoTime();
			Instant anchor = Instant.now();
			long open = fillCases(anchor);
			double filled = (System.nanoTime() - t2) / 1e9;
			long t3 = System.nanoTime();
			for (String table : List.of("cw_task", "cw_application", "cw_case_incident")) {
				this.ctx.db().execute("vacuum (analyze) " + SCHEMA + "." + table);
			}
			double vacuumed = (System.nanoTime() - t3) / 1e9;
			execute("create table " + SCHEMA + ".bench_meta (key varchar(100) primary key, value text)");
			setMeta("signature", signature);
			setMeta("prepared_at", anchor.toString());
			setMeta("migrated_to", String.valueOf(v));
			setMeta("migrate_seconds", Double.toString(round(migrated)));
			setMeta("reconcile_seconds", Double.toString(round(reconciled)));
			setMeta("cases_copy_seconds", Double.toString(round(filled)));
			setMeta("vacuum_seconds", Double.toString(round(vacuumed)));
			log.info(
					"Task projection: migrated in {} s, {} open tasks reconciled in {} s, {} cases copied in {} s, "
							+ "vacuumed in {} s",
					Math.round(migrated), open, Math.round(reconciled), open + this.closedCases, Math.round(filled),
					Math.round(vacuumed));
		}
		else {
			log.info("Task projection: reusing schema {} ({})", SCHEMA, signature);
		}
		d.put("openTasks", openTasks);
		d.put("openTasksInProjection", count("select count(*) from " + SCHEMA + ".cw_task"));
		d.put("cases", count("select count(*) from " + SCHEMA + ".cw_application"));
		d.put("closedCases",
				count("select count(*) from " + SCHEMA + ".cw_application where status in ('APPROVED', 'REJECTED')"));
		d.put("assignedTasks", count("select count(*) from " + SCHEMA + ".cw_task where assignee is not null"));
		d.put("overdueTasks", count("select count(*) from " + SCHEMA + ".cw_task where due_at < now()"));
		d.put("flaggedOpenCases", count("select count(*) from " + SCHEMA
				+ ".cw_application where flags is not null and status not in ('APPROVED', 'REJECTED')"));
		d.put("openIncidents", count("select count(*) from " + SCHEMA + ".cw_case_incident"));
		d.put("seed", SEED);
		d.put("preparedAt", meta("prepared_at"));
		d.put("migratedTo", meta("migrated_to"));
		d.put("migrateSeconds", meta("migrate_seconds"));
		d.put("reconcileSeconds", meta("reconcile_seconds"));
		d.put("casesCopySeconds", meta("cases_copy_seconds"));
		d.put("vacuumSeconds", meta("vacuum_seconds"));
		d.put("engineHistoricInstances (bench_tasks, not read by the projection)", engine.get("historicInstances"));
		d.put("databaseSizeMb", count("select pg_database_size(current_database()) / 1048576"));
		d.putAll(caseColumns());
		this.prepared = d;
		pools();
	}

	/**
	 * Since V15 {@code cw_task} carries copies of its case's columns, kept by triggers
	 * (also while this scenario copies the cases and sets the tasks' application
	 * numbers): how many task rows have a case, and how many of them lack or differ from
	 * it (both must be 0).
	 */
	private Map<String, Object> caseColumns() {
		Map<String, Object> d = new LinkedHashMap<>();
		if (count("select count(*) from information_schema.columns where table_schema = '" + SCHEMA
				+ "' and table_name = 'cw_task' and column_name = 'program_code'") == 0) {
			return d;
		}
		d.put("tasksWithCase", count("select count(*) from " + SCHEMA + ".cw_task where application_no is not null"));
		d.put("tasksWithCaseButNoCopiedColumns",
				count("select count(*) from " + SCHEMA
						+ ".cw_task where application_no is not null and (program_code is null or applied_at is null "
						+ "or case_status is null or admin_dong_code is null or applicant_name_mask is null)"));
		d.put("tasksWhoseCopiedColumnsDifferFromTheCase", count("select count(*) from " + SCHEMA + ".cw_task t join "
				+ SCHEMA + ".cw_application a on a.application_no = t.application_no where "
				+ "t.program_code is distinct from a.program_code or t.applicant_name_mask is distinct from "
				+ "a.applicant_name_mask or t.admin_dong_code is distinct from a.admin_dong_code or t.applied_at "
				+ "is distinct from a.submitted_at or t.case_status is distinct from a.status or t.flags is distinct "
				+ "from coalesce(string_to_array(a.flags, ','), '{}')"));
		d.put("tasksWithFlags", count("select count(*) from " + SCHEMA + ".cw_task where cardinality(flags) > 0"));
		return d;
	}

	private String signature(long openTasks, String target) {
		return "data=" + DATA_VERSION + ";seed=" + SEED + ";open=" + openTasks + ";closed=" + this.closedCases
				+ ";target=" + (target == null ? "latest" : target);
	}

	/** New pools after the schema changed (no cached plans of the old tables). */
	private void pools() {
		// Up to V14 the schema has no case columns in cw_task: the query of then (the
		// join).
		boolean v14 = count("select count(*) from information_schema.columns where table_schema = '" + SCHEMA
				+ "' and table_name = 'cw_task' and column_name = 'program_code'") == 0;
		this.app = new TaskListBench(SqlCapture.wrap(this.ctx.db().pool(SCHEMA, 10)), v14);
		if (v14) {
			log.info("Task projection: no case columns in cw_task, measuring the V14 query (joined with the case)");
		}
		this.raw = this.ctx.db().pool(SCHEMA, 10);
	}

	private Flyway flyway(String target) {
		var config = Flyway.configure()
			.dataSource(this.ctx.db().url(), this.ctx.db().username(), this.ctx.db().password())
			.schemas(SCHEMA)
			.defaultSchema(SCHEMA)
			// as the application configures it (application.yml)
			.table("bokjiflow_schema_history")
			.locations("classpath:db/migration");
		if (target != null) {
			config.target(target);
		}
		return config.load();
	}

	private MigrationVersion migrate(String target) {
		Flyway flyway = flyway(target);
		flyway.migrate();
		return flyway.info().current().getVersion();
	}

	/**
	 * Fills {@code cw_task} with the application's own reconciliation, reading the
	 * engine's runtime tables of scenario 4 ({@code bench_tasks}).
	 */
	private void reconcile() {
		try (Connection c = this.ctx.db().connect()) {
			try (Statement s = c.createStatement()) {
				s.execute("set search_path to " + SCHEMA + ", " + TaskListScenario.SCHEMA);
			}
			TaskListBench.reconcile(new SingleConnectionDataSource(c, true));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not reconcile the projection", ex);
		}
	}

	/**
	 * Generates (fixed seed) and copies a case for every projected open task and the
	 * closed cases, and gives the projection what scenario 4's instances lack: their
	 * application numbers (the chain is started without a business key), some assigned
	 * and overdue tasks, priorities and a few incidents.
	 * @return the open tasks
	 */
	private long fillCases(Instant anchor) {
		Random random = new Random(SEED);
		List<Double> cumulative = cumulativeWeights(this.programs.size());
		ZoneId zone = ZoneId.of("Asia/Seoul");
		long open = 0;
		try (Connection c = this.ctx.db().connect()) {
			// V15's triggers name the tables unqualified, as the application (whose
			// search
			// path is its schema) sees them: the COPY fires them too.
			try (Statement s = c.createStatement()) {
				s.execute("set search_path to " + SCHEMA);
			}
			PGConnection pg = c.unwrap(PGConnection.class);
			// The projected open tasks (read before the COPY starts on this connection).
			List<String[]> tasks = new ArrayList<>();
			try (Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select task_id, candidate_groups, created_at, due_at, "
							+ "process_instance_id from " + SCHEMA + ".cw_task order by created_at, task_id")) {
				while (rs.next()) {
					String[] groups = (String[]) rs.getArray(2).getArray();
					String gu = Arrays.stream(groups)
						.filter(g -> g.startsWith("caseworkers-"))
						.map(g -> g.substring("caseworkers-".length()))
						.findFirst()
						.orElse(TaskListScenario.FIRST_SIGUNGU);
					Timestamp created = rs.getTimestamp(3);
					Timestamp due = rs.getTimestamp(4);
					tasks.add(new String[] { rs.getString(1), gu,
							Long.toString(created == null ? anchor.getEpochSecond() : created.getTime() / 1000),
							due == null ? null : Long.toString(due.getTime() / 1000), rs.getString(5) });
				}
			}
			// Closed cases (APPROVED/REJECTED) over the last three years.
			CopyIn cases = pg.getCopyAPI()
				.copyIn("copy " + SCHEMA + ".cw_application (" + APPLICATION_COLUMNS + ") from stdin (format csv)");
			Rows rows = new Rows(cases);
			long seq = 0;
			List<String> allSigungu = TaskListScenario.users(25);
			for (long i = 0; i < this.closedCases; i++) {
				String gu = allSigungu.get(random.nextInt(allSigungu.size()));
				Program p = pick(cumulative, random);
				Instant submitted = anchor.minusSeconds(10L * 86_400 + (long) (random.nextDouble() * 3 * 365 * 86_400));
				boolean approved = random.nextDouble() < 0.7;
				String flags = random.nextDouble() < 0.12 ? flags(random) : null;
				LocalDate due = LocalDate.ofInstant(submitted, zone).plusDays(p.investigated() ? 30 : 14);
				caseRow(rows, random, ++seq, p, gu, submitted, zone, approved ? "APPROVED" : "REJECTED", due,
						md5ish(random), approved ? "true" : "false", approved ? "RULE_QUALIFIED" : "RULE_NOT_QUALIFIED",
						flags);
			}
			execute("create table " + SCHEMA + ".bench_task_tweak (task_id varchar(64) primary key, "
					+ "application_no varchar(30), assignee varchar(64), due_at timestamptz, priority integer, "
					+ "incident boolean)");
			// The open cases, one per projected task, in the task's 시·군·구.
			StringBuilder tweaks = new StringBuilder();
			for (String[] t : tasks) {
				String gu = t[1];
				Program p = pick(cumulative, random);
				Instant created = Instant.ofEpochSecond(Long.parseLong(t[2]));
				Instant submitted = created.minusSeconds(3_600 + (long) (random.nextDouble() * 30 * 86_400));
				double s = random.nextDouble();
				String status = s < 0.85 ? "IN_REVIEW" : s < 0.95 ? "INVESTIGATING" : "SUBMITTED";
				String flags = random.nextDouble() < 0.2 ? flags(random) : null;
				LocalDate due = t[3] == null ? LocalDate.ofInstant(created, zone).plusDays(30)
						: LocalDate.ofInstant(Instant.ofEpochSecond(Long.parseLong(t[3])), zone);
				String no = caseRow(rows, random, ++seq, p, gu, submitted, zone, status, due, t[4], null, null, flags);
				String assignee = random.nextDouble() < 0.10 ? "cw.bench." + gu + "." + random.nextInt(6) : null;
				String overdue = random.nextDouble() < 0.08
						? anchor.minusSeconds(86_400 + (long) (random.nextDouble() * 13 * 86_400)).toString() : null;
				double pr = random.nextDouble();
				int priority = pr < 0.08 ? 70 : pr < 0.12 ? 30 : 50;
				boolean incident = random.nextDouble() < 0.005;
				tweaks.append(t[0])
					.append(',')
					.append(no)
					.append(',')
					.append(assignee == null ? "" : assignee)
					.append(',')
					.append(overdue == null ? "" : overdue)
					.append(',')
					.append(priority)
					.append(',')
					.append(incident)
					.append('\n');
				open++;
			}
			rows.end();
			pg.getCopyAPI()
				.copyIn("copy " + SCHEMA + ".bench_task_tweak from stdin (format csv)",
						new java.io.StringReader(tweaks.toString()));
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not copy the cases", ex);
		}
		executeInSchema("update " + SCHEMA + ".cw_task t set application_no = w.application_no, assignee = w.assignee, "
				+ "due_at = coalesce(w.due_at, t.due_at), priority = w.priority from " + SCHEMA
				+ ".bench_task_tweak w where w.task_id = t.task_id");
		execute("insert into " + SCHEMA + ".cw_case_incident (incident_id, root_process_instance_id, application_no, "
				+ "activity_id, message, created_at) select 'bench-' || t.task_id, t.root_process_instance_id, "
				+ "t.application_no, 'service_fetch_qualification', 'Connection refused (benchmark)', now() from "
				+ SCHEMA + ".cw_task t join " + SCHEMA
				+ ".bench_task_tweak w on w.task_id = t.task_id where w.incident");
		execute("drop table " + SCHEMA + ".bench_task_tweak");
		return open;
	}

	/** Writes one case; returns its application number. */
	private static String caseRow(Rows rows, Random random, long seq, Program p, String gu, Instant submitted,
			ZoneId zone, String status, LocalDate due, String processInstanceId, String eligible, String rule,
			String flags) throws SQLException {
		String no = "%s-%d-%06d".formatted(p.prefix(), LocalDate.ofInstant(submitted, zone).getYear(), seq);
		String dong = gu + "%03d".formatted(510 + 10 * random.nextInt(DONGS_PER_SIGUNGU)) + "00";
		String name = SURNAMES.get(random.nextInt(SURNAMES.size())) + "*"
				+ LAST_SYLLABLES.get(random.nextInt(LAST_SYLLABLES.size()));
		boolean newApplicant = flags != null && flags.contains("NEW_APPLICANT");
		rows.add(new UUID(random.nextLong(), random.nextLong()) + "," + no + "," + p.code() + ","
				+ new UUID(random.nextLong(), random.nextLong()) + "," + name + "," + dong + "," + gu + "," + status
				+ ",true,cw.bench." + gu + "," + dong + "," + submitted + "," + due + ","
				+ (processInstanceId == null ? "" : processInstanceId) + "," + (eligible == null ? "" : eligible) + ","
				+ (rule == null ? "" : rule) + "," + (flags == null ? "" : "\"" + flags + "\"") + "," + newApplicant
				+ ",0\n");
		return no;
	}

	/** One or two flags, the first more common. */
	private static String flags(Random random) {
		double f = random.nextDouble();
		String first = f < 0.4 ? "NEW_APPLICANT"
				: f < 0.7 ? "ADDRESS_MISMATCH" : f < 0.85 ? "NO_RECORD" : "RECENT_STATUS_CHANGE";
		if (random.nextDouble() < 0.15 && !first.equals("ADDRESS_MISMATCH")) {
			return first + ",ADDRESS_MISMATCH";
		}
		return first;
	}

	private static String md5ish(Random random) {
		return Long.toHexString(random.nextLong() | Long.MIN_VALUE)
				+ Long.toHexString(random.nextLong() | Long.MIN_VALUE);
	}

	/** Program weights: 1/rank (a few programs take most applications). */
	private static List<Double> cumulativeWeights(int n) {
		List<Double> c = new ArrayList<>();
		double sum = 0;
		for (int k = 1; k <= n; k++) {
			sum += 1.0 / k;
			c.add(sum);
		}
		double total = sum;
		return c.stream().map(x -> x / total).toList();
	}

	private Program pick(List<Double> cumulative, Random random) {
		int i = Collections.binarySearch(cumulative, random.nextDouble());
		int index = i >= 0 ? i : Math.min(-i - 1, cumulative.size() - 1);
		return this.programs.get(index);
	}

	/**
	 * The 27 linked programs of the catalogue ({@code catalog/programs.yml}), in a fixed
	 * shuffled order: the first are the most applied for.
	 */
	@SuppressWarnings("unchecked")
	private static List<Program> programs() {
		try (InputStream in = TaskProjectionScenario.class.getResourceAsStream("/catalog/programs.yml")) {
			Map<String, Object> yml = new Yaml().load(in);
			List<Program> list = new ArrayList<>();
			for (Map<String, Object> p : (List<Map<String, Object>>) yml.get("programs")) {
				if (p.get("applicationPrefix") != null) {
					list.add(new Program((String) p.get("code"), (String) p.get("applicationPrefix"),
							"INCOME_ASSET".equals(String.valueOf(p.get("investigation")))));
				}
			}
			Collections.shuffle(list, new Random(SEED));
			return list;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Rows streamed into a COPY in blocks. */
	private static final class Rows {

		private final CopyIn copy;

		private final StringBuilder block = new StringBuilder(1 << 20);

		Rows(CopyIn copy) {
			this.copy = copy;
		}

		void add(String row) throws SQLException {
			this.block.append(row);
			if (this.block.length() > (1 << 20) - 512) {
				flush();
			}
		}

		private void flush() throws SQLException {
			byte[] bytes = this.block.toString().getBytes(StandardCharsets.UTF_8);
			this.copy.writeToCopy(bytes, 0, bytes.length);
			this.block.setLength(0);
		}

		void end() throws SQLException {
			flush();
			this.copy.endCopy();
		}

	}

	// ---- small helpers ----

	private void execute(String sql) {
		this.ctx.db().execute(sql);
	}

	/** A statement with the projection's schema as search path (V15's triggers fire). */
	private void executeInSchema(String sql) {
		try (Connection c = this.ctx.db().connect(); Statement s = c.createStatement()) {
			s.execute("set search_path to " + SCHEMA);
			s.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private long count(String sql) {
		try (Connection c = this.ctx.db().connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private String meta(String key) {
		try (Connection c = this.ctx.db().connect();
				PreparedStatement ps = c
					.prepareStatement("select value from " + SCHEMA + ".bench_meta where key = ?")) {
			ps.setString(1, key);
			try (ResultSet rs = ps.executeQuery()) {
				return rs.next() ? rs.getString(1) : null;
			}
		}
		catch (SQLException ex) {
			return null;
		}
	}

	private void setMeta(String key, String value) {
		try (Connection c = this.ctx.db().connect();
				PreparedStatement ps = c.prepareStatement("insert into " + SCHEMA
						+ ".bench_meta (key, value) values (?, ?) on conflict (key) do update set value = excluded.value")) {
			ps.setString(1, key);
			ps.setString(2, value);
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
