package io.bokjiflow.bench;

import java.lang.management.ManagementFactory;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import io.bokjiflow.bench.baseline.CopyBaseline;
import io.bokjiflow.bench.engine.BenchEngines.JobExecutorSettings;
import io.bokjiflow.bench.scenario.AsyncChainScenario;
import io.bokjiflow.bench.scenario.DashboardScenario;
import io.bokjiflow.bench.scenario.BenchApplication;
import io.bokjiflow.bench.scenario.DuplicateBenefitScenario;
import io.bokjiflow.bench.scenario.PopulationLoadScenario;
import io.bokjiflow.bench.scenario.SelectionRunScenario;
import io.bokjiflow.bench.scenario.SoakScenario;
import io.bokjiflow.bench.scenario.SubmissionToTaskScenario;
import io.bokjiflow.bench.scenario.SyncChainScenario;
import io.bokjiflow.bench.scenario.TaskListScenario;
import io.bokjiflow.bench.scenario.TaskProjectionScenario;
import io.bokjiflow.bench.scenario.TravelVoucherScenario;
import io.bokjiflow.bench.scenario.TuningScenario;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The benchmark harness of issue 9: {@code ./mvnw -Pbench verify}. Measures every
 * scenario between two measurements of its baseline in the same run and writes
 * {@code target/bench/results.json} and {@code target/bench/summary.md}. See
 * {@code docs/performance.md}.
 */
public final class BenchMain {

	private static final Logger log = LoggerFactory.getLogger(BenchMain.class);

	private BenchMain() {
	}

	public static void main(String[] args) {
		BenchConfig config = BenchConfig.fromSystem();
		long started = System.nanoTime();
		Report report = new Report();
		describeRun(report, config);
		try (BenchDatabase db = BenchDatabase.open(config)) {
			report.run("postgres", db.describe());
			CamundaShapedInsertBaseline baselineA = CamundaShapedInsertBaseline.prepare(db, config.clientThreads());
			BenchContext ctx = new BenchContext(config, db, report, baselineA);
			run(ctx);
			reportBaselineSpread(ctx);
		}
		catch (RuntimeException ex) {
			log.error("The benchmark failed", ex);
			report.note("The run failed: " + ex);
			report.run("durationSeconds", Math.round((System.nanoTime() - started) / 1e9));
			report.write(config.dir());
			System.exit(1);
		}
		report.run("durationSeconds", Math.round((System.nanoTime() - started) / 1e9));
		report.write(config.dir());
		// The application context (scenarios 3 and 10) and engines leave non-daemon
		// threads.
		System.exit(0);
	}

	private static void run(BenchContext ctx) {
		BenchConfig config = ctx.config();
		SyncChainScenario sync = new SyncChainScenario(ctx);
		sync.prepare();
		try {
			sync.warmUp(config.jvmWarmup());
			if (config.runs("1")) {
				sync.run();
			}
		}
		finally {
			sync.close();
		}
		if (config.runs("t")) {
			// Issue 9 item 4: engine and connection settings against the application's.
			new TuningScenario(ctx).run();
		}
		if (config.runs("2")) {
			new AsyncChainScenario(ctx).run("2", JobExecutorSettings.DEFAULTS);
			JobExecutorSettings tuned = tunedJobExecutor();
			if (tuned != null) {
				// A candidate tuning, measured the same way, for docs/performance.md.
				new AsyncChainScenario(ctx).run("2.tuned", tuned);
			}
		}
		if (config.runs("4")) {
			new TaskListScenario(ctx).run();
		}
		if (config.runs("7")) {
			// Issue 7: the task list over its own projection, on scenario 4's open tasks.
			new TaskProjectionScenario(ctx).run();
		}
		if (config.runs("5")) {
			// Issue 8: the supervisor dashboard's refresh, on scenario 7's cases and
			// tasks.
			new DashboardScenario(ctx).run();
		}
		if (config.runs("7d")) {
			// Issue 9's scenario 7 (issue 6): the duplicate-benefit check and the nightly
			// sweep; the id 7 is issue 7's task-list projection.
			new DuplicateBenefitScenario(ctx).run();
		}
		if (config.runs("c") || config.runs("8")) {
			new PopulationLoadScenario(ctx, new CopyBaseline(ctx.db())).run();
		}
		if (config.runs("3") || config.runs("10")) {
			// One start of the real application for both scenarios on it.
			try (BenchApplication app = BenchApplication.start(ctx)) {
				if (config.runs("3")) {
					new TravelVoucherScenario(ctx).run(app);
				}
				if (config.runs("10")) {
					new SubmissionToTaskScenario(ctx, app).run();
				}
			}
		}
		if (config.runs("6")) {
			// Issue 5: selection without application and the mass start of its payments.
			new SelectionRunScenario(ctx).run();
		}
		if (config.scenarios().contains("9")) {
			// The soak (30 minutes by default) runs only when named, never in "all".
			new SoakScenario(ctx).run();
		}
	}

	private static void reportBaselineSpread(BenchContext ctx) {
		List<Double> samples = ctx.baselineASamples();
		if (samples.isEmpty()) {
			return;
		}
		DoubleSummaryStatistics s = samples.stream().mapToDouble(Double::doubleValue).summaryStatistics();
		Map<String, Object> d = new LinkedHashMap<>();
		d.put("measurements", s.getCount());
		d.put("min", Math.round(s.getMin()));
		d.put("max", Math.round(s.getMax()));
		d.put("spread", Math.round(Stats.relativeDifference(s.getMin(), s.getMax()) * 100) + "%");
		d.put("all", samples.stream().map(Math::round).toList());
		ctx.report()
			.add(Result.of("a",
					"Baseline (a): 18 inserts into 9 Camunda-shaped tables per tx, plain JDBC, "
							+ ctx.config().clientThreads() + " clients (mean of all measurements)",
					s.getAverage(), "tx/s", null, Double.NaN, null, null, d));
	}

	private static void describeRun(Report report, BenchConfig config) {
		report.run("date", OffsetDateTime.now(ZoneId.systemDefault()).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
		Map<String, Object> machine = new LinkedHashMap<>();
		machine.put("cores", Runtime.getRuntime().availableProcessors());
		machine.put("memoryGb", Math.round(totalMemoryGb()));
		machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch"));
		machine.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
		machine.put("jvmArgs",
				String.join(" ",
						ManagementFactory.getRuntimeMXBean()
							.getInputArguments()
							.stream()
							.filter(a -> !a.startsWith("-Dbench.jdbc.password"))
							.toList()));
		machine.put("loadAverageAtStart", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
		report.run("machine", machine);
		report.run("settings", config.describe());
		log.info("Benchmark {}: {}", config.quick() ? "QUICK (smoke) run" : "full run", config.describe());
	}

	private static double totalMemoryGb() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
		}
		return Double.NaN;
	}

	/**
	 * The job executor settings {@code -Dbench.jobexecutor.tuned=core,max,queue,jobs}
	 * name for a second run of scenario 2 ({@code none} = no second run; the default in
	 * quick runs).
	 */
	private static JobExecutorSettings tunedJobExecutor() {
		boolean quick = Boolean.parseBoolean(System.getProperty("bench.quick", "false"));
		String spec = System.getProperty("bench.jobexecutor.tuned", quick ? "none" : TUNED_DEFAULT);
		if (spec.isBlank() || spec.equals("none")) {
			return null;
		}
		int[] v = java.util.Arrays.stream(spec.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
		return new JobExecutorSettings(v[0], v[1], v[2], v[3]);
	}

	/**
	 * The candidate of the full run: 4 threads (no growth beyond them on 2 cores), 10
	 * jobs per acquisition and a queue of 10, so one acquisition feeds every thread.
	 */
	private static final String TUNED_DEFAULT = "4,4,10,10";

}
