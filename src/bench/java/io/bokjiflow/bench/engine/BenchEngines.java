package io.bokjiflow.bench.engine;

import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Builds plain Camunda engines for the benchmark, each on its own schema, configured like
 * the application's engine ({@code application.yml}: UUID ids, authorization on, history
 * TTL enforced, the same resource-id pattern) but with the history level and job executor
 * each scenario needs.
 */
public final class BenchEngines {

	private BenchEngines() {
	}

	/**
	 * Builds an engine.
	 * @param name the engine's name (unique in the JVM)
	 * @param schema the PostgreSQL schema its tables live in
	 * @param dataSource connections whose current schema is {@code schema}
	 * @param history the history level, e.g.
	 * {@link ProcessEngineConfiguration#HISTORY_FULL}
	 * @param jobExecutor the job executor's settings (it is not started here, see
	 * {@link Engine#startJobExecutor()})
	 * @return the engine
	 */
	public static Engine build(String name, String schema, DataSource dataSource, String history,
			JobExecutorSettings jobExecutor) {
		return build(name, schema, dataSource, history, jobExecutor, c -> {
		});
	}

	/**
	 * Builds an engine with further settings of a scenario's own (e.g. scenario 9's
	 * history clean-up).
	 * @param name the engine's name (unique in the JVM)
	 * @param schema the PostgreSQL schema its tables live in
	 * @param dataSource connections whose current schema is {@code schema}
	 * @param history the history level
	 * @param jobExecutor the job executor's settings (not started here)
	 * @param customizer applied to the configuration last, before the engine is built
	 * @return the engine
	 */
	public static Engine build(String name, String schema, DataSource dataSource, String history,
			JobExecutorSettings jobExecutor, Consumer<StandaloneProcessEngineConfiguration> customizer) {
		CommandCounter.Counts counts = new CommandCounter.Counts();
		StandaloneProcessEngineConfiguration c = new StandaloneProcessEngineConfiguration();
		c.setProcessEngineName(name);
		c.setDataSource(dataSource);
		c.setDatabaseType("postgres");
		// Table checks look in this schema only, so engines in other schemas don't count;
		// Camunda then wants the schema as the table prefix too.
		c.setDatabaseSchema(schema);
		c.setDatabaseTablePrefix(schema + ".");
		c.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		c.setHistory(history);
		c.setIdGenerator(new StrongUuidGenerator());
		c.setAuthorizationEnabled(true);
		c.setEnforceHistoryTimeToLive(true);
		c.setGeneralResourceWhitelistPattern("[a-zA-Z0-9][a-zA-Z0-9._-]*");
		c.setJobExecutorActivate(false);
		c.setCustomPreCommandInterceptorsTxRequired(List.of(new CommandCounter(counts)));
		c.setCustomPreCommandInterceptorsTxRequiresNew(List.of(new CommandCounter(counts)));
		DefaultJobExecutor executor = new DefaultJobExecutor();
		executor.setCorePoolSize(jobExecutor.corePoolSize());
		executor.setMaxPoolSize(jobExecutor.maxPoolSize());
		executor.setQueueSize(jobExecutor.queueSize());
		executor.setMaxJobsPerAcquisition(jobExecutor.maxJobsPerAcquisition());
		c.setJobExecutor(executor);
		customizer.accept(c);
		ProcessEngine engine = c.buildProcessEngine();
		return new Engine(engine, (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration(), counts);
	}

	/**
	 * The job executor's thread pool and acquisition.
	 *
	 * @param corePoolSize core threads
	 * @param maxPoolSize most threads
	 * @param queueSize jobs queued for the threads
	 * @param maxJobsPerAcquisition jobs locked by one acquisition
	 */
	public record JobExecutorSettings(int corePoolSize, int maxPoolSize, int queueSize, int maxJobsPerAcquisition) {

		/**
		 * Camunda's defaults, which the application keeps
		 * ({@code camunda.bpm.job-execution} is not tuned in {@code application.yml}).
		 */
		public static final JobExecutorSettings DEFAULTS = new JobExecutorSettings(3, 10, 3, 3);

		@Override
		public String toString() {
			return "core " + this.corePoolSize + ", max " + this.maxPoolSize + ", queue " + this.queueSize
					+ ", jobs per acquisition " + this.maxJobsPerAcquisition;
		}

	}

	/**
	 * A built engine with its configuration and counters.
	 *
	 * @param engine the engine
	 * @param configuration its configuration
	 * @param counts its job and optimistic-locking counts
	 */
	public record Engine(ProcessEngine engine, ProcessEngineConfigurationImpl configuration,
			CommandCounter.Counts counts) implements AutoCloseable {

		/**
		 * Deploys models unless this version is deployed already.
		 * @param models the models by resource name
		 */
		public void deploy(java.util.Map<String, BpmnModelInstance> models) {
			var builder = this.engine.getRepositoryService()
				.createDeployment()
				.name("bench")
				.enableDuplicateFiltering(false);
			models.forEach((resource, model) -> builder.addString(resource, Bpmn.convertToString(model)));
			builder.deploy();
		}

		/** Starts the job executor (which picks up the jobs already waiting). */
		public void startJobExecutor() {
			this.configuration.getJobExecutor().start();
		}

		/** Stops the job executor. */
		public void stopJobExecutor() {
			this.configuration.getJobExecutor().shutdown();
		}

		@Override
		public void close() {
			if (this.configuration.getJobExecutor().isActive()) {
				stopJobExecutor();
			}
			this.engine.close();
		}

	}

}
