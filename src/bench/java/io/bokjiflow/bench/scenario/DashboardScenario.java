package io.bokjiflow.bench.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.engine.SqlCapture;
import io.bokjiflow.casework.CaseDashboard.Snapshot;
import io.bokjiflow.casework.internal.DashboardBench;
import io.bokjiflow.catalog.Investigation;
import io.bokjiflow.shared.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.Yaml;

/**
 * Scenario 5 (issue 8): one refresh of the supervisor dashboard — every panel's SQL as
 * {@code CaseDashboardService.snapshot} issues it, in a read-only transaction — for 1 and
 * 8 concurrent supervisors of different 시·군·구, over scenario 7's cases and task
 * projection (scenario 4's open tasks plus the closed cases, each closed case given a
 * decision here) and the engine's tables of scenario 4; the baseline (b) is the same SQL
 * text with the same parameters replayed through plain JDBC in the same run. A bare GROUP
 * BY of the district's cases (program × status) is measured too, as the floor of touching
 * the same rows.
 */
public final class DashboardScenario {

	private static final Logger log = LoggerFactory.getLogger(DashboardScenario.class);

	/** Days of the dashboard's period (its default). */
	static final int PERIOD_DAYS = 30;

	private static final String BARE_GROUP_BY = "select program_code, status, count(*) from cw_application "
			+ "where sigungu_code = ? group by program_code, status";

	private final BenchContext ctx;

	private DashboardBench app;

	private HikariDataSource raw;

	public DashboardScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/** Prepares (or reuses) scenario 7's data and measures a refresh at 1 and 8 users. */
	public void run() {
		Map<String, Object> prepared = new LinkedHashMap<>(new TaskProjectionScenario(this.ctx).prepareOnly());
		prepared.put("decisionsAdded", addDecisions());
		prepared.put("decisions",
				this.ctx.db().scalar("select count(*) from " + TaskProjectionScenario.SCHEMA + ".cw_decision"));
		try (HikariDataSource appPool = pool(10); HikariDataSource rawPool = pool(10)) {
			this.app = new DashboardBench(SqlCapture.wrap(appPool), investigations());
			this.raw = rawPool;
			for (int users : List.of(1, 8)) {
				measure(users, prepared);
			}
		}
	}

	private void measure(int users, Map<String, Object> prepared) {
		var cfg = this.ctx.config();
		List<String> sigungu = TaskListScenario.users(users);
		LocalDate to = LocalDate.now(ClockConfiguration.ZONE);
		LocalDate from = to.minusDays(PERIOD_DAYS - 1);
		Map<String, List<SqlCapture.Captured>> sql = new HashMap<>();
		Map<String, Snapshot> snapshots = new HashMap<>();
		for (String gu : sigungu) {
			sql.put(gu, SqlCapture.capture(() -> snapshots.put(gu, this.app.refresh(gu, from, to))));
		}
		Duration warm = Duration.ofSeconds(2);
		rawRefreshes(users, sigungu, sql, warm);
		appRefreshes(users, sigungu, from, to, warm);
		bareGroupBy(users, sigungu, warm);
		Duration window = cfg.queryWindow();
		var measured = Interleaved.measure("scenario 5 dashboard (" + users + " users)", "(b) raw SQL p95", "ms",
				cfg.attempts(), () -> rawRefreshes(users, sigungu, sql, window).latency().p95(),
				() -> appRefreshes(users, sigungu, from, to, window));
		Load.Outcome bare = bareGroupBy(users, sigungu, window);
		Stats.Latency a = measured.value().latency();
		Snapshot first = snapshots.get(sigungu.get(0));
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("users", users);
		d.put("viewer", "a supervisor per 시·군·구, period " + PERIOD_DAYS + " days");
		d.put("statementsPerRefresh", sql.get(sigungu.get(0)).size());
		d.put("p50Ms", round(a.p50()));
		d.put("p99Ms", round(a.p99()));
		d.put("refreshesPerSecond", round(measured.value().throughput()));
		d.put("errors", measured.value().errors());
		d.put("bareGroupByP95Ms", round(bare.latency().p95()));
		d.put("bareGroupBySql", BARE_GROUP_BY);
		d.put("ratioToBareGroupBy", round(Stats.ratio(a.p95(), bare.latency().p95())));
		d.put("firstDistrict", sigungu.get(0));
		d.put("firstDistrictOpenCases", first.openCases());
		d.put("firstDistrictOverdue", first.overdueCount());
		d.put("firstDistrictIncidents", first.incidents().size());
		d.put("firstDistrictSlaListed", first.sla().size());
		d.put("firstDistrictDecidedInPeriod", first.throughput().stream().mapToLong(x -> x.decided()).sum());
		d.put("firstDistrictCaseworkersWithTasks", first.workload().size());
		if (users == 1) {
			d.putAll(prepared);
		}
		String who = users + (users == 1 ? " user" : " concurrent users");
		this.ctx.report()
			.add(Result.of("5.dashboard.users" + users,
					"Scenario 5: supervisor dashboard refresh (every panel), " + who + ", " + prepared.get("openTasks")
							+ " open tasks, " + prepared.get("cases") + " cases",
					a.p95(), "ms", measured.baseline(), Stats.ratio(a.p95(), measured.baseline().value()),
					"dashboard refresh p95 / raw SQL p95", Target.atMost(1.5, "p95 ≤ 1.5 × raw SQL (issue 9)"), d));
		log.info("Scenario 5 ({} users): refresh p95 {} ms, raw {} ms, bare GROUP BY {} ms", users, round(a.p95()),
				round(measured.baseline().value()), round(bare.latency().p95()));
	}

	private Load.Outcome appRefreshes(int users, List<String> sigungu, LocalDate from, LocalDate to, Duration window) {
		return Load.run("s5-app-" + users, users, Duration.ofSeconds(1), window, i -> {
			String gu = sigungu.get(i);
			return () -> this.app.refresh(gu, from, to);
		});
	}

	private Load.Outcome rawRefreshes(int users, List<String> sigungu, Map<String, List<SqlCapture.Captured>> sql,
			Duration window) {
		return Load.run("s5-raw-" + users, users, Duration.ofSeconds(1), window, i -> {
			List<SqlCapture.Captured> statements = sql.get(sigungu.get(i));
			return () -> {
				try (Connection con = this.raw.getConnection()) {
					con.setReadOnly(true);
					con.setAutoCommit(false);
					for (SqlCapture.Captured c : statements) {
						try (PreparedStatement ps = c.prepare(con); ResultSet rs = ps.executeQuery()) {
							int columns = rs.getMetaData().getColumnCount();
							while (rs.next()) {
								for (int col = 1; col <= columns; col++) {
									rs.getObject(col);
								}
							}
						}
					}
					con.commit();
				}
			};
		});
	}

	private Load.Outcome bareGroupBy(int users, List<String> sigungu, Duration window) {
		return Load.run("s5-bare-" + users, users, Duration.ofSeconds(1), window, i -> {
			String gu = sigungu.get(i);
			return () -> {
				try (Connection con = this.raw.getConnection();
						PreparedStatement ps = con.prepareStatement(BARE_GROUP_BY)) {
					ps.setString(1, gu);
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							rs.getLong(3);
						}
					}
				}
			};
		});
	}

	/**
	 * Gives every closed case of scenario 7 a decision (1–29 days after its submission)
	 * once: the throughput and lead-time panels read decisions.
	 */
	long addDecisions() {
		String s = TaskProjectionScenario.SCHEMA;
		long before = this.ctx.db().scalar("select count(*) from " + s + ".cw_decision");
		this.ctx.db()
			.execute("insert into " + s + ".cw_decision (id, application_id, outcome, reason_code, decided_by, "
					+ "decided_at) select gen_random_uuid(), a.id, a.status, 'BENCH', 'cw.bench', a.submitted_at + "
					+ "interval '1 day' * (1 + abs(hashtext(a.application_no)) % 29) from " + s
					+ ".cw_application a where a.status in ('APPROVED', 'REJECTED') "
					+ "on conflict (application_id) do nothing");
		long added = this.ctx.db().scalar("select count(*) from " + s + ".cw_decision") - before;
		if (added > 0) {
			this.ctx.db().execute("vacuum (analyze) " + s + ".cw_decision");
			log.info("Scenario 5: {} decisions added to the closed cases", added);
		}
		return added;
	}

	/**
	 * Connections that see the cases (scenario 7's schema) and the engine (scenario 4's).
	 */
	private HikariDataSource pool(int size) {
		HikariConfig hc = new HikariConfig();
		hc.setPoolName("bench-dashboard-" + size + "-" + System.nanoTime());
		hc.setJdbcUrl(this.ctx.db().url());
		hc.setUsername(this.ctx.db().username());
		hc.setPassword(this.ctx.db().password());
		hc.setMaximumPoolSize(size);
		hc.setMinimumIdle(size);
		hc.setConnectionInitSql("set search_path to " + TaskProjectionScenario.SCHEMA + ", " + TaskListScenario.SCHEMA);
		return new HikariDataSource(hc);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Investigation> investigations() {
		try (InputStream in = DashboardScenario.class.getResourceAsStream("/catalog/programs.yml")) {
			Map<String, Object> yml = new Yaml().load(in);
			Map<String, Investigation> map = new LinkedHashMap<>();
			for (Map<String, Object> p : (List<Map<String, Object>>) yml.get("programs")) {
				if (p.get("investigation") != null) {
					map.put((String) p.get("code"), Investigation.valueOf(String.valueOf(p.get("investigation"))));
				}
			}
			return map;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static double round(double v) {
		return Math.round(v * 1000.0) / 1000.0;
	}

}
