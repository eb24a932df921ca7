package io.bokjiflow.bench.scenario;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Consumer;

import com.zaxxer.hikari.HikariDataSource;
import io.bokjiflow.bench.BenchContext;
import io.bokjiflow.bench.Interleaved;
import io.bokjiflow.bench.Load;
import io.bokjiflow.bench.Result;
import io.bokjiflow.bench.Stats;
import io.bokjiflow.bench.engine.BenchEngines;
import io.bokjiflow.bench.engine.BenchEngines.Engine;
import io.bokjiflow.bench.engine.BenchProcesses;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scenario t (issue 9, item 4, "tuning that the measurements justify"): engine and
 * connection settings one at a time, each on its own engine and schema, measured on
 * scenario 1's synchronous chain at history FULL (the application's level) against a new
 * engine with the application's settings, which is the baseline measured before and after
 * each candidate (baseline → candidate → baseline, repeated when the two differ by more
 * than 10%). The ratio is candidate ÷ baseline throughput; there is no target — the ratio
 * decides whether {@code application.yml} changes ({@code docs/performance.md#tuning}).
 */
public final class TuningScenario {

	private static final Logger log = LoggerFactory.getLogger(TuningScenario.class);

	/**
	 * The pool the baseline engine gets: HikariCP's default, which the application keeps.
	 */
	private static final int DEFAULT_POOL = 10;

	private final BenchContext ctx;

	public TuningScenario(BenchContext ctx) {
		this.ctx = ctx;
	}

	/**
	 * One candidate setting.
	 *
	 * @param id result id suffix
	 * @param title what differs from the application's settings
	 * @param clients client threads for it and its baseline
	 * @param pool its connection pool size
	 * @param driver JDBC driver properties of its pool
	 * @param settings engine settings applied after the application's
	 */
	record Candidate(String id, String title, int clients, int pool, Properties driver,
			Consumer<StandaloneProcessEngineConfiguration> settings) {
	}

	/** The candidates of issue 9's tuning list that had no before/after pair yet. */
	List<Candidate> candidates() {
		int clients = this.ctx.config().clientThreads();
		Properties rewrite = new Properties();
		rewrite.setProperty("reWriteBatchedInserts", "true");
		return List.of(new Candidate("cmmn", "cmmnEnabled=false and standaloneTasksEnabled=false", clients,
				DEFAULT_POOL, new Properties(), c -> {
					c.setCmmnEnabled(false);
					c.setStandaloneTasksEnabled(false);
				}),
				new Candidate("filter",
						"history event filter: FULL without variable update details (act_hi_detail rows)", clients,
						DEFAULT_POOL, new Properties(), c -> {
							c.setCustomHistoryLevels(List.of(FULL_WITHOUT_DETAILS));
							c.setHistory(FULL_WITHOUT_DETAILS.getName());
						}),
				new Candidate("nobatch", "jdbcBatchProcessing=false (Camunda batches its inserts by default)", clients,
						DEFAULT_POOL, new Properties(), c -> c.setJdbcBatchProcessing(false)),
				new Candidate("rewrite", "PostgreSQL driver reWriteBatchedInserts=true (multi-row inserts)", clients,
						DEFAULT_POOL, rewrite, c -> {
						}),
				new Candidate("pool4", "connection pool of 4 (2 × cores) instead of 10, at 8 clients", 8, 4,
						new Properties(), c -> {
						}));
	}

	/**
	 * Measures every candidate against the application's settings. Both engines are new
	 * for each candidate and warmed up alike, so that neither carries more rows than the
	 * other (an engine's tables grow with every measured window: with one baseline engine
	 * for all candidates, fresh candidates looked up to 26% faster than they were).
	 */
	public void run() {
		var cfg = this.ctx.config();
		for (Candidate candidate : candidates()) {
			String baseSchema = "bench_tune_base";
			String schema = "bench_tune_" + candidate.id();
			this.ctx.db().recreateSchema(baseSchema);
			this.ctx.db().recreateSchema(schema);
			try (HikariDataSource basePool = this.ctx.db().pool(baseSchema, DEFAULT_POOL, new Properties());
					HikariDataSource pool = this.ctx.db().pool(schema, candidate.pool(), candidate.driver());
					Engine base = engine("bench-tune-base-" + candidate.id(), baseSchema, basePool, c -> {
					});
					Engine engine = engine("bench-tune-" + candidate.id(), schema, pool, candidate.settings())) {
				starts("warmup-base", base, candidate.clients(), cfg.scenarioWindow());
				starts("warmup-" + candidate.id(), engine, candidate.clients(), cfg.scenarioWindow());
				Interleaved.Measured<Load.Outcome> m = Interleaved.measure("t." + candidate.id(),
						"the application's settings", "inst/s", cfg.attempts(),
						() -> starts("t-base", base, candidate.clients(), cfg.scenarioWindow()).throughput(),
						() -> starts("t-" + candidate.id(), engine, candidate.clients(), cfg.scenarioWindow()));
				report(candidate, m);
			}
			finally {
				this.ctx.db().execute("drop schema if exists " + baseSchema + " cascade");
				this.ctx.db().execute("drop schema if exists " + schema + " cascade");
			}
		}
	}

	private void report(Candidate candidate, Interleaved.Measured<Load.Outcome> m) {
		Load.Outcome o = m.value();
		double ratio = Stats.ratio(o.throughput(), m.baseline().value());
		Map<String, Object> d = SyncChainScenario.details(o);
		d.put("clients", candidate.clients());
		d.put("poolSize", candidate.pool());
		if (o.firstError() != null) {
			d.put("firstError", o.firstError());
		}
		log.info("Tuning {}: {} inst/s = {} × the application's settings", candidate.id(), Math.round(o.throughput()),
				SyncChainScenario.round(ratio));
		this.ctx.report()
			.add(Result.of("t." + candidate.id(),
					"Tuning candidate on scenario 1 (FULL, " + candidate.clients() + " clients): " + candidate.title(),
					o.throughput(), "inst/s", m.baseline(), ratio, "candidate / the application's settings", null, d));
	}

	private static Engine engine(String name, String schema, HikariDataSource pool,
			Consumer<StandaloneProcessEngineConfiguration> settings) {
		Engine engine = BenchEngines.build(name, schema, pool, ProcessEngineConfiguration.HISTORY_FULL,
				BenchEngines.JobExecutorSettings.DEFAULTS, settings);
		engine.deploy(Map.of("bench-chain.bpmn", BenchProcesses.chain(BenchProcesses.SYNC, false)));
		return engine;
	}

	private static Load.Outcome starts(String name, Engine engine, int clients, Duration window) {
		return SyncChainScenario.starts(name, engine, clients, window);
	}

	/**
	 * A history event filter: everything history FULL writes except the detail row of
	 * each variable change ({@code act_hi_detail}); the variables' latest values stay in
	 * {@code act_hi_varinst}.
	 */
	static final HistoryLevel FULL_WITHOUT_DETAILS = new HistoryLevel() {

		@Override
		public int getId() {
			return 41;
		}

		@Override
		public String getName() {
			return "full-without-details";
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			return eventType != HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL
					&& HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
		}

	};

}
