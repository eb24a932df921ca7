package io.bokjiflow.bench.scenario;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.Target;
import io.bokjiflow.bench.baseline.CamundaShapedInsertBaseline;
import io.bokjiflow.bench.engine.BenchEngines;
import io.bokjiflow.bench.engine.BenchEngines.Engine;
import io.bokjiflow.bench.engine.BenchEngines.JobExecutorSettings;
import io.bokjiflow.bench.engine.BenchProcesses;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario 2: the same chain with every service task {@code asyncBefore}, through the job
 * executor. A backlog of N instances is started with the job executor stopped; then the
 * executor is started and the time until every instance waits at the user task is
 * measured. Compared with the synchronous chain on the same engine and schema, measured
 * just before; optimistic-locking exceptions are counted per 1,000 jobs.
 */
public final class AsyncChainScenario {

	private static final Logger log = LoggerFactory.getLogger(AsyncChainScenario.class);

	private final BenchContext ctx;

	public AsyncChainScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/**
	 * Measures and reports the scenario with a job executor configuration.
	 * @param id the result id, e.g. {@code 2} or {@code 2.tuned}
	 * @param settings the job executor's settings
	 */
	public void run(String id, JobExecutorSettings settings) {
		var cfg = this.ctx.config();
		String schema = "bench_async";
		this.ctx.db().recreateSchema(schema);
		try (Engine engine = BenchEngines.build("bench-async-" + id.replace('.', '-'), schema,
				this.ctx.db().pool(schema, Math.max(cfg.clientThreads(), settings.maxPoolSize()) + 4),
				ProcessEngineConfiguration.HISTORY_FULL, settings)) {
			engine.deploy(Map.of("bench-chain.bpmn", BenchProcesses.chain(BenchProcesses.SYNC, false),
					"bench-chain-async.bpmn", BenchProcesses.chain(BenchProcesses.ASYNC, true)));
			// Warm the job executor's code paths; not measured.
			drain(engine, Math.max(100, cfg.asyncBacklog() / 10));
			var measured = Interleaved.measure("scenario 2 " + id, CamundaShapedInsertBaseline.NAME, "tx/s",
					cfg.attempts(), this.ctx::measureBaselineA, () -> {
						Load.Outcome sync = SyncChainScenario.starts("s2-sync", engine, cfg.clientThreads(),
								cfg.scenarioWindow());
						Drain async = drain(engine, cfg.asyncBacklog());
						return new Pair(sync, async);
					});
			Pair p = measured.value();
			double syncRate = p.sync().throughput();
			double asyncRate = p.async().throughput();
			double olePerThousand = p.async().jobs() == 0 ? Double.NaN
					: 1000.0 * p.async().optimisticLocking() / p.async().jobs();
			Map<String, Object> d = new LinkedHashMap<>();
			d.put("jobExecutor", settings.toString());
			d.put("backlogInstances", p.async().instances());
			d.put("backlogStartSeconds", SyncChainScenario.round(p.async().startSeconds()));
			d.put("drainSeconds", SyncChainScenario.round(p.async().drainSeconds()));
			d.put("asyncInstancesPerSecond", SyncChainScenario.round(asyncRate));
			d.put("syncInstancesPerSecondSameEngine", SyncChainScenario.round(syncRate));
			d.put("jobsExecuted", p.async().jobs());
			d.put("jobsFailed", p.async().failed());
			d.put("optimisticLockingExceptions", p.async().optimisticLocking());
			d.put("optimisticLockingPer1000Jobs", SyncChainScenario.round(olePerThousand));
			d.put("asyncRatioToBaselineA",
					SyncChainScenario.round(Stats.ratio(asyncRate, measured.baseline().value())));
			boolean oleOk = !Double.isNaN(olePerThousand) && olePerThousand < 10.0;
			d.put("optimisticLockingUnder1Percent", oleOk);
			Result r = Result.of(id,
					"Scenario 2: asyncBefore chain via job executor (" + settings.corePoolSize() + "–"
							+ settings.maxPoolSize() + " threads), backlog " + p.async().instances() + " drained",
					asyncRate, "inst/s", measured.baseline(), Stats.ratio(asyncRate, syncRate), "async / sync",
					Target.atLeast(0.30, "async/sync ≥ 0.30, OLE < 1%"), d);
			if (!oleOk && r.verdict() == Target.Verdict.PASS) {
				r = new Result(r.id(), r.title(), r.value(), r.unit(), r.baseline(), r.ratio(), r.ratioOf(), r.target(),
						Target.Verdict.MISS, r.details());
			}
			this.ctx.report().add(r);
		}
	}

	/**
	 * Starts a backlog with the job executor stopped, then starts the executor and waits
	 * until every instance waits at the user task.
	 */
	private Drain drain(Engine engine, int instances) {
		RuntimeService runtime = engine.engine().getRuntimeService();
		var tasks = engine.engine().getTaskService();
		long tasksBefore = tasks.createTaskQuery().processDefinitionKey(BenchProcesses.ASYNC).count();
		long startBegin = System.nanoTime();
		int threads = this.ctx.config().clientThreads();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int share = instances / threads + (t < instances % threads ? 1 : 0);
				futures.add(pool.submit(() -> {
					for (int i = 0; i < share; i++) {
						runtime.startProcessInstanceByKey(BenchProcesses.ASYNC,
								BenchProcesses.startVariables(BenchProcesses.randomSigungu()));
					}
				}));
			}
			for (Future<?> f : futures) {
				f.get();
			}
		}
		catch (Exception ex) {
			throw new IllegalStateException("Could not start the backlog", ex);
		}
		finally {
			pool.shutdown();
		}
		double startSeconds = (System.nanoTime() - startBegin) / 1e9;
		long jobs0 = engine.counts().jobsExecuted();
		long ole0 = engine.counts().jobOptimisticLocking();
		long failed0 = engine.counts().jobsFailed();
		long t0 = System.nanoTime();
		engine.startJobExecutor();
		long expected = tasksBefore + instances;
		long deadline = t0 + Duration.ofMinutes(10).toNanos();
		try {
			while (tasks.createTaskQuery().processDefinitionKey(BenchProcesses.ASYNC).count() < expected) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("The backlog did not drain within 10 minutes");
				}
				Thread.sleep(50);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		double drainSeconds = (System.nanoTime() - t0) / 1e9;
		engine.stopJobExecutor();
		Drain d = new Drain(instances, startSeconds, drainSeconds, engine.counts().jobsExecuted() - jobs0,
				engine.counts().jobOptimisticLocking() - ole0, engine.counts().jobsFailed() - failed0);
		log.info("async backlog of {} drained in {} s ({} inst/s), {} jobs, {} optimistic-locking exceptions",
				instances, Math.round(drainSeconds * 10) / 10.0, Math.round(d.throughput()), d.jobs(),
				d.optimisticLocking());
		return d;
	}

	private record Pair(Load.Outcome sync, Drain async) {
	}

	/**
	 * One drained backlog.
	 *
	 * @param instances instances in the backlog
	 * @param startSeconds how long starting them took (job executor stopped)
	 * @param drainSeconds from starting the job executor until all wait at the user task
	 * @param jobs jobs executed meanwhile
	 * @param optimisticLocking optimistic-locking exceptions of jobs meanwhile
	 * @param failed jobs that failed otherwise
	 */
	record Drain(int instances, double startSeconds, double drainSeconds, long jobs, long optimisticLocking,
			long failed) {

		double throughput() {
			return this.instances / this.drainSeconds;
		}

	}

}
