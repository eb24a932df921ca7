package io.bokjiflow.bench.scenario;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.BokjiFlowApplication;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Target;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.openmarket.SelectionRuns;
import io.bokjiflow.openmarket.TaskType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Scenario 6 (issue 5): a selection run without application over a population of
 * 1,000,000 persons ({@code -Dbench.quick=true}: 100,000), and the mass start of its
 * payments.
 *
 * <ul>
 * <li><b>6.selection</b>: from {@code SelectionRuns.start} until the run waits for the
 * supervisor — selection by the criteria compiled to SQL ({@code INSERT ... SELECT} into
 * {@code om_selection_candidate}), the exclusions (deceased, deregistered, already paid,
 * conflicting) and the budget check, each an asynchronous job — against the raw SQL scan
 * of the same criteria (the same predicate over {@code reg_person}, every matching id and
 * status read by the client), measured before and after it.</li>
 * <li><b>6.payments</b>: from the approval until every payment is ordered: batches of
 * 1,000 orders, each its own job and transaction, each order starting its payment process
 * ({@code Payments.orderAll}); payment processes started per second, against scenario 1's
 * start rate at history FULL when it ran in the same invocation
 * ({@code -Dbench.scenarios=1,6}), with baseline (a) measured before and after.</li>
 * </ul>
 * The application runs in its own schema ({@code bench_selection}, dropped afterwards so
 * the tens of thousands of payment processes do not pile up), with its start-up
 * population load of that many persons. The criteria: 75 and older anywhere (every 시·군·구
 * of the population), about 7% of it, so that a full run orders 50,000+ payments.
 */
public final class SelectionRunScenario {

	private static final Logger log = LoggerFactory.getLogger(SelectionRunScenario.class);

	static final String SCHEMA = "bench_selection";

	static final int MIN_AGE = 75;

	private final BenchContext ctx;

	private final long persons;

	public SelectionRunScenario(BenchContext ctx) {
		this.ctx = ctx;
		this.persons = Long.getLong("bench.s6.persons", ctx.config().quick() ? 100_000 : 1_000_000);
	}

	/** Runs both measurements and reports them. */
	public void run() {
		var db = this.ctx.db();
		db.recreateSchema(SCHEMA);
		ConfigurableApplicationContext app = start();
		try {
			measure(app);
		}
		finally {
			app.close();
			if (!Boolean.getBoolean("bench.s6.keep")) {
				db.execute("drop schema if exists " + SCHEMA + " cascade");
			}
		}
	}

	private ConfigurableApplicationContext start() {
		var db = this.ctx.db();
		Map<String, Object> props = new LinkedHashMap<>();
		props.put("spring.datasource.url", db.url(SCHEMA));
		props.put("spring.datasource.username", db.username());
		props.put("spring.datasource.password", db.password());
		props.put("spring.flyway.schemas", SCHEMA);
		props.put("spring.flyway.default-schema", SCHEMA);
		props.put("camunda.bpm.database.schema-name", SCHEMA);
		props.put("camunda.bpm.database.table-prefix", SCHEMA + ".");
		props.put("bokjiflow.demo.enabled", "true");
		props.put("bokjiflow.simulator.enabled", "false");
		props.put("bokjiflow.population.size", String.valueOf(this.persons));
		props.put("bokjiflow.security.rrn-encryption-key", "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");
		props.put("bokjiflow.security.rrn-hash-key", "HyAhIiMkJSYnKCkqKywtLi8wMTIzNDU2Nzg5Ojs8PT4=");
		props.put("server.port", "0");
		props.put("spring.main.banner-mode", "off");
		String[] args = props.entrySet()
			.stream()
			.map(e -> "--" + e.getKey() + "=" + e.getValue())
			.toArray(String[]::new);
		long t0 = System.nanoTime();
		ConfigurableApplicationContext app = new SpringApplicationBuilder(BokjiFlowApplication.class).profiles("bench")
			.run(args);
		log.info("Scenario 6: application with {} persons started in {} s", this.persons,
				Math.round((System.nanoTime() - t0) / 1e9));
		return app;
	}

	private void measure(ConfigurableApplicationContext app) {
		Identity identity = app.getBean(Identity.class);
		LocalPrograms programs = app.getBean(LocalPrograms.class);
		SelectionRuns runs = app.getBean(SelectionRuns.class);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
		List<String> districts = query(
				"select distinct substr(admin_dong_code, 1, 5) from " + SCHEMA + ".reg_person order by 1",
				rs -> rs.getString(1));
		Criteria criteria = new Criteria(null, MIN_AGE, null, null, districts, null, null, null, Set.of(), null);
		String code = "L11680-BENCH-S" + (System.currentTimeMillis() % 1_000_000);
		BenchApplication.signIn(identity, "official.gangnam");
		ProgramVersion draft = programs.createProgram(code,
				new ProgramVersion.ProgramContent(TaskType.HOLIDAY_CONSOLATION, "11680", "벤치마크 명절위문금",
						"Benchmark holiday money", "벤치마크용", "For the benchmark", "벤치마크 (assumption)", false, null, null,
						criteria, 10_000, "설·추석 전", null, List.of(ProgramVersion.PaymentMethod.BANK_TRANSFER), 0,
						List.of("benchmark"), List.of("benchmark")));
		programs.submitForApproval(draft.id(), today);
		BenchApplication.signIn(identity, "sv.gangnam");
		programs.approve(draft.id());

		// Warm-up: a run of the same program for another month, selected and cancelled.
		BenchApplication.signIn(identity, "official.gangnam");
		SelectionRun warm = runs.start(code, today.plusMonths(1));
		awaitStatus(warm.id(), Duration.ofMinutes(10), "AWAITING_APPROVAL");
		BenchApplication.signIn(identity, "sv.gangnam");
		runs.reject(warm.id(), "benchmark warm-up");
		awaitStatus(warm.id(), Duration.ofMinutes(1), "CANCELLED");
		rawScan(districts, today);

		long[] selected = new long[2];
		UUID[] runId = new UUID[1];
		Interleaved.Measured<Double> selection = Interleaved.measure("6.selection", "raw SQL scan", "s", 2,
				() -> rawScan(districts, today), () -> {
					if (runId[0] != null) {
						// a repeated attempt: the earlier run is cancelled first, else
						// the
						// new one would exclude its recipients as already ordered this
						// month
						BenchApplication.signIn(identity, "sv.gangnam");
						runs.reject(runId[0], "benchmark: measured again");
						awaitStatus(runId[0], Duration.ofMinutes(1), "CANCELLED");
					}
					BenchApplication.signIn(identity, "official.gangnam");
					long t0 = System.nanoTime();
					SelectionRun run = runs.start(code, today);
					awaitStatus(run.id(), Duration.ofMinutes(30), "AWAITING_APPROVAL");
					double seconds = (System.nanoTime() - t0) / 1e9;
					runId[0] = run.id();
					selected[0] = scalar(
							"select candidates from " + SCHEMA + ".om_selection_run where id = '" + run.id() + "'");
					selected[1] = scalar(
							"select selected from " + SCHEMA + ".om_selection_run where id = '" + run.id() + "'");
					return seconds;
				});
		double raw = selection.baseline().value();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("persons", this.persons);
		d.put("candidates", selected[0]);
		d.put("selected", selected[1]);
		d.put("rawScanSecondsBefore", round(selection.baseline().before()));
		d.put("rawScanSecondsAfter", round(selection.baseline().after()));
		this.ctx.report()
			.add(Result.of("6.selection",
					"Selection run over " + this.persons + " persons (criteria → candidates → exclusions → budget), "
							+ "start to approval task",
					selection.value(), "s", selection.baseline(), selection.value() / raw,
					"selection / raw SQL scan of the same criteria", Target.atMost(3, "≤ 3× raw scan (issue 9)"), d));

		// 6.payments: approval → every payment ordered.
		UUID id = runId[0];
		long[] ordered = new long[1];
		Interleaved.Measured<Double> mass = Interleaved.measure("6.payments", "baseline (a)", "tx/s", 1,
				this.ctx::measureBaselineA, () -> {
					BenchApplication.signIn(identity, "sv.gangnam");
					long t0 = System.nanoTime();
					runs.approve(id);
					awaitStatus(id, Duration.ofHours(2), "COMPLETED");
					double seconds = (System.nanoTime() - t0) / 1e9;
					ordered[0] = scalar("select ordered from " + SCHEMA + ".om_selection_run where id = '" + id + "'");
					return ordered[0] / seconds;
				});
		long processes = scalar(
				"select count(*) from " + SCHEMA + ".pay_order where idempotency_key like 'selection:" + id + ":%'");
		double scenario1 = this.ctx.report()
			.results()
			.stream()
			.filter(r -> r.id().equals("1.full"))
			.mapToDouble(Result::value)
			.findFirst()
			.orElse(Double.NaN);
		Map<String, Object> p = new LinkedHashMap<>();
		p.put("ordered", ordered[0]);
		p.put("batches", scalar("select batches_ordered from " + SCHEMA + ".om_selection_run where id = '" + id + "'"));
		p.put("paymentOrdersOfTheRun", processes);
		p.put("scenario1FullInstancesPerSecond",
				Double.isNaN(scenario1) ? "not run (-Dbench.scenarios=1,6)" : Math.round(scenario1));
		p.put("ratioToBaselineA", round(mass.value() / mass.baseline().value()));
		this.ctx.report()
			.add(Result.of("6.payments",
					"Mass start of the run's payments (" + ordered[0] + " orders, batches of 1,000, one payment "
							+ "process each): processes started per second",
					mass.value(), "proc/s", mass.baseline(), mass.value() / scenario1,
					"payment processes/s / scenario 1 (FULL) inst/s",
					Target.atLeast(0.7, "≥ 0.70 × scenario 1 (issue 9)"), p));
	}

	/**
	 * The raw scan: the same predicate as the compiled criteria, every matching id and
	 * status read by the client.
	 */
	private double rawScan(List<String> districts, LocalDate on) {
		long t0 = System.nanoTime();
		long rows = 0;
		try (Connection c = this.ctx.db().connect()) {
			c.setAutoCommit(false);
			try (PreparedStatement s = c.prepareStatement("select p.id, p.status from " + SCHEMA
					+ ".reg_person p where p.birth_date <= ? and substr(p.admin_dong_code, 1, 5) = any(?) order by p.id")) {
				s.setFetchSize(10_000);
				s.setObject(1, on.minusYears(MIN_AGE));
				s.setArray(2, c.createArrayOf("varchar", districts.toArray()));
				try (ResultSet rs = s.executeQuery()) {
					while (rs.next()) {
						rs.getObject(1);
						rs.getString(2);
						rows++;
					}
				}
			}
			c.commit();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("raw scan failed", ex);
		}
		double seconds = (System.nanoTime() - t0) / 1e9;
		log.info("Scenario 6: raw scan {} rows in {} s", rows, round(seconds));
		return seconds;
	}

	private void awaitStatus(UUID runId, Duration atMost, String status) {
		long deadline = System.nanoTime() + atMost.toNanos();
		String sql = "select status from " + SCHEMA + ".om_selection_run where id = '" + runId + "'";
		while (System.nanoTime() < deadline) {
			List<String> now = query(sql, rs -> rs.getString(1));
			if (!now.isEmpty() && now.get(0).equals(status)) {
				return;
			}
			if (!now.isEmpty() && now.get(0).equals("CANCELLED") && !status.equals("CANCELLED")) {
				throw new IllegalStateException("Run " + runId + " was cancelled");
			}
			try {
				Thread.sleep(20);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new IllegalStateException("Run " + runId + " did not reach " + status + " within " + atMost);
	}

	private long scalar(String sql) {
		return this.ctx.db().scalar(sql);
	}

	private interface Row<T> {

		T map(ResultSet rs) throws SQLException;

	}

	private <T> List<T> query(String sql, Row<T> row) {
		try (Connection c = this.ctx.db().connect();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery(sql)) {
			List<T> out = new ArrayList<>();
			while (rs.next()) {
				out.add(row.map(rs));
			}
			return out;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(sql, ex);
		}
	}

	private static double round(double value) {
		return Math.round(value * 1000) / 1000.0;
	}

}
