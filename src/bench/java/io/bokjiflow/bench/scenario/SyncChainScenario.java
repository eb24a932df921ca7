package io.bokjiflow.bench.scenario;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import io.bokjiflow.bench.engine.BenchEngines;
import io.bokjiflow.bench.engine.BenchEngines.Engine;
import io.bokjiflow.bench.engine.BenchProcesses;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 1: submission → first user task of a data-only program, a synchronous chain of
 * three stub service tasks, started at 4 client threads, at history level AUDIT and FULL
 * (two engines on two schemas, since the level is fixed per database).
 */
public final class SyncChainScenario {

	private static final Logger log = LoggerFactory.getLogger(SyncChainScenario.class);

	private final BenchContext ctx;

	private Engine full;

	private Engine audit;

	public SyncChainScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/** Builds the two engines on fresh schemas and deploys the chain. */
	public void prepare() {
		this.full = engine("bench-full", "bench_full", ProcessEngineConfiguration.HISTORY_FULL);
		this.audit = engine("bench-audit", "bench_audit", ProcessEngineConfiguration.HISTORY_AUDIT);
	}

	private Engine engine(String name, String schema, String history) {
		this.ctx.db().recreateSchema(schema);
		Engine engine = BenchEngines.build(name, schema,
				this.ctx.db().pool(schema, this.ctx.config().clientThreads() + 2), history,
				BenchEngines.JobExecutorSettings.DEFAULTS);
		engine.deploy(Map.of("bench-chain.bpmn", BenchProcesses.chain(BenchProcesses.SYNC, false)));
		return engine;
	}

	/**
	 * Runs the chain on both engines and baseline (a) in turn, so that the JIT compiles
	 * the engine's and the driver's hot paths before anything is measured (STACK.md: the
	 * engine doubles its throughput after 60–90 s).
	 * @param total how long to warm up
	 */
	public void warmUp(Duration total) {
		log.info("JVM warm-up for {} s (engine FULL, AUDIT, baseline (a) in turns)", total.toSeconds());
		long end = System.nanoTime() + total.toNanos();
		Duration slice = Duration.ofSeconds(Math.max(3, total.toSeconds() / 9));
		int turn = 0;
		while (System.nanoTime() < end) {
			switch (turn++ % 3) {
				case 0 -> starts("warmup-full", this.full, slice);
				case 1 -> starts("warmup-audit", this.audit, slice);
				default -> this.ctx.baselineA().measure(this.ctx.config().clientThreads(), slice);
			}
		}
	}

	/** Measures and reports AUDIT and FULL. */
	public void run() {
		var cfg = this.ctx.config();
		var auditRun = Interleaved.measure("scenario 1 AUDIT", CamundaShapedInsertBaseline.NAME, "tx/s", cfg.attempts(),
				this.ctx::measureBaselineA, () -> starts("s1-audit", this.audit, cfg.scenarioWindow()));
		var fullRun = Interleaved.measure("scenario 1 FULL", CamundaShapedInsertBaseline.NAME, "tx/s", cfg.attempts(),
				this.ctx::measureBaselineA, () -> starts("s1-full", this.full, cfg.scenarioWindow()));
		double auditRate = auditRun.value().throughput();
		double fullRate = fullRun.value().throughput();

		Map<String, Object> auditDetails = details(auditRun.value());
		auditDetails.put("ratioToBaselineA", round(Stats.ratio(auditRate, auditRun.baseline().value())));
		this.ctx.report()
			.add(Result.of("1.audit",
					"Scenario 1: start → first user task, sync chain of 3 stub service tasks, history AUDIT, "
							+ cfg.clientThreads() + " clients",
					auditRate, "inst/s", auditRun.baseline(), Stats.ratio(auditRate, auditRun.baseline().value()),
					"AUDIT / baseline (a)", Target.atLeast(0.20, "≥ 0.20 × baseline (a)"), auditDetails));

		Map<String, Object> fullDetails = details(fullRun.value());
		double auditToA = Stats.ratio(auditRate, auditRun.baseline().value());
		double fullToA = Stats.ratio(fullRate, fullRun.baseline().value());
		// Each level relative to its own baselines, so that the machine's drift between
		// the two measurements cancels out.
		double fullToAudit = Stats.ratio(fullToA, auditToA);
		fullDetails.put("ratioToBaselineA", round(fullToA));
		fullDetails.put("fullOverAuditNotNormalised", round(Stats.ratio(fullRate, auditRate)));
		fullDetails.put("auditBaselineStable", auditRun.baseline().stable());
		Result full = Result.of("1.full",
				"Scenario 1: the same at history FULL (the application's level), " + cfg.clientThreads() + " clients",
				fullRate, "inst/s", fullRun.baseline(), fullToAudit, "(FULL / its (a)) / (AUDIT / its (a))",
				Target.atLeast(0.60, "FULL ≥ 0.60 × AUDIT"), fullDetails);
		if (!auditRun.baseline().stable() && full.verdict() != Target.Verdict.UNSTABLE) {
			full = new Result(full.id(), full.title(), full.value(), full.unit(), full.baseline(), full.ratio(),
					full.ratioOf(), full.target(), Target.Verdict.UNSTABLE, full.details());
		}
		this.ctx.report().add(full);
	}

	/** The FULL engine, which scenario 2 compares with. */
	public Engine fullEngine() {
		return this.full;
	}

	/** Closes the engines. */
	public void close() {
		if (this.full != null) {
			this.full.close();
		}
		if (this.audit != null) {
			this.audit.close();
		}
	}

	private Load.Outcome starts(String name, Engine engine, Duration window) {
		return starts(name, engine, this.ctx.config().clientThreads(), window);
	}

	/**
	 * Starts the synchronous chain in a closed loop.
	 * @param name the run's name
	 * @param engine the engine
	 * @param threads client threads
	 * @param window the measuring window
	 * @return what was measured
	 */
	static Load.Outcome starts(String name, Engine engine, int threads, Duration window) {
		RuntimeService runtime = engine.engine().getRuntimeService();
		AtomicLong seq = new AtomicLong();
		return Load.run(name, threads, Duration.ofSeconds(1), window,
				i -> () -> runtime.startProcessInstanceByKey(BenchProcesses.SYNC,
						"BENCH-" + name + "-" + seq.incrementAndGet(),
						BenchProcesses.startVariables(BenchProcesses.randomSigungu())));
	}

	static Map<String, Object> details(Load.Outcome o) {
		Map<String, Object> d = new LinkedHashMap<>();
		Stats.Latency l = o.latency();
		d.put("instances", o.operations());
		d.put("errors", o.errors());
		d.put("startLatencyP50Ms", round(l.p50()));
		d.put("startLatencyP95Ms", round(l.p95()));
		d.put("startLatencyP99Ms", round(l.p99()));
		return d;
	}

	static double round(double v) {
		return Math.round(v * 1000.0) / 1000.0;
	}

}
