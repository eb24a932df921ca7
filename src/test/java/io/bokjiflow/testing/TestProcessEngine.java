package io.bokjiflow.testing;

import java.nio.file.Path;

import io.bokjiflow.shared.EmbeddedPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;

/**
 * One plain Camunda engine per test JVM for process tests, on the embedded PostgreSQL
 * that the Spring integration tests use too (never H2), built in code so that no
 * {@code camunda.cfg.xml} sits next to the Spring Boot engine.
 *
 * <p>
 * Delegate expressions such as {@code ${fetchQualificationDelegate}} resolve through
 * {@link org.camunda.bpm.engine.test.mock.Mocks}: a test registers the objects the
 * process should call. The job executor is off, so a test drives asynchronous
 * continuations itself.
 *
 * <p>
 * The engine carries the listeners of process-test coverage
 * ({@link ProcessTestCoverage}); they record nothing unless a test class collects
 * coverage.
 */
public final class TestProcessEngine {

	/**
	 * The data directory of the test PostgreSQL server; the Spring integration tests must
	 * use the same one ({@code bokjiflow.embedded-postgres.data-dir}) so that only one
	 * server starts per JVM.
	 */
	public static final Path POSTGRES_DATA_DIR = Path.of("target", "test-postgres");

	/** The database of the plain engine, apart from the application's. */
	static final String DATABASE = "process_test";

	/** The engine's name, distinct from the Spring Boot engine's {@code default}. */
	public static final String ENGINE_NAME = "bokjiflow-plain-test";

	private static ProcessEngine engine;

	private TestProcessEngine() {
	}

	/**
	 * The test PostgreSQL server, started on first use with a clean data directory.
	 * @return the running server
	 */
	public static EmbeddedPostgres postgres() {
		return EmbeddedPostgres.start(POSTGRES_DATA_DIR, 0, true);
	}

	/**
	 * The shared engine, built on first use.
	 * @return the engine
	 */
	public static synchronized ProcessEngine get() {
		if (engine == null) {
			engine = build();
		}
		return engine;
	}

	private static ProcessEngine build() {
		String url = postgres().ensureDatabase(DATABASE);
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName(ENGINE_NAME);
		configuration.setJdbcDriver("org.postgresql.Driver");
		configuration.setJdbcUrl(url);
		configuration.setJdbcUsername(EmbeddedPostgres.USER);
		configuration.setJdbcPassword("");
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setJobExecutorActivate(false);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setExpressionManager(new MockExpressionManager());
		ProcessTestCoverage.instrument(configuration);
		ProcessEngine built = configuration.buildProcessEngine();
		ProcessTestCoverage.discardEvents(built);
		return built;
	}

}
