package io.bokjiflow.testing;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.community.process_test_coverage.core.export.CoverageStateJsonExporter;
import org.camunda.community.process_test_coverage.core.export.CoverageStateResult;
import org.camunda.community.process_test_coverage.core.model.Model;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Process-test coverage on the shared {@link TestProcessEngine}: the community extension
 * ({@link ProcessEngineCoverageExtension}) records which elements the tests passed
 * through and writes its HTML and JSON reports to {@link #REPORTS}; this extension then
 * holds the process a test class is about to the {@link #FLOOR}.
 *
 * <p>
 * The floor applies to one process per class, not to the class as a whole: a program's
 * test also runs the shared call activities, each of which has a test class of its own,
 * and their coverage must neither lift nor sink the program's. Register this extension
 * before the coverage extension ({@code @Order}), so that its {@code afterAll} runs after
 * the report is written. The floor is checked only when every test of the class ran or
 * was disabled, so running one method from an IDE does not fail on coverage.
 */
public final class ProcessTestCoverage implements BeforeAllCallback, AfterAllCallback, TestWatcher {

	/** The share of a process's flow nodes and sequence flows its tests must pass. */
	public static final double FLOOR = 0.9;

	/** Where the coverage reports go, one folder per test class. */
	public static final Path REPORTS = Path.of("target", "process-test-coverage");

	private static final Logger log = LoggerFactory.getLogger(ProcessTestCoverage.class);

	/** Test methods that ran or were disabled, by test class. */
	private final Map<Class<?>, Set<Method>> finished = new ConcurrentHashMap<>();

	/**
	 * Adds the coverage listeners to an engine configuration before it is built.
	 * @param configuration the configuration of the test engine
	 */
	static void instrument(ProcessEngineConfigurationImpl configuration) {
		ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
	}

	/**
	 * Lets the coverage listeners drop what they see until a test class collects again,
	 * so that a process run outside a coverage test does not fail on a missing collector.
	 * @param engine the instrumented engine
	 */
	static void discardEvents(ProcessEngine engine) {
		new ProcessEngineAdapter(engine, event -> {
		}).initializeListeners();
	}

	/**
	 * The community coverage extension on the shared engine, reporting to
	 * {@link #REPORTS}.
	 * @return the extension, to register after this one
	 */
	public static ProcessEngineCoverageExtension extension() {
		return ProcessEngineCoverageExtension.builder(new SharedEngine()).reportDirectory(REPORTS.toString()).build();
	}

	/**
	 * The coverage of each process a test class ran, as its JSON report gives it.
	 * @param testClass the test class
	 * @return process key → covered share (0 to 1), empty when there is no report
	 */
	public static Map<String, Double> coverage(Class<?> testClass) {
		Path report = report(testClass);
		if (!Files.isRegularFile(report)) {
			return Map.of();
		}
		try {
			CoverageStateResult result = CoverageStateJsonExporter.readCoverageStateResult(Files.readString(report));
			Map<String, Double> coverage = new TreeMap<>();
			for (Model model : result.getModels()) {
				coverage.put(model.getKey(), result.calculateCoverage(model));
			}
			return coverage;
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not read " + report, ex);
		}
	}

	static Path report(Class<?> testClass) {
		return REPORTS.resolve(testClass.getName()).resolve("report.json");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws IOException {
		// A report left by an earlier run must not pass for this one.
		Files.deleteIfExists(report(context.getRequiredTestClass()));
	}

	@Override
	public void testSuccessful(ExtensionContext context) {
		finished(context);
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		finished(context);
	}

	@Override
	public void testAborted(ExtensionContext context, Throwable cause) {
		finished(context);
	}

	@Override
	public void testDisabled(ExtensionContext context, Optional<String> reason) {
		finished(context);
	}

	private void finished(ExtensionContext context) {
		this.finished.computeIfAbsent(context.getRequiredTestClass(), c -> ConcurrentHashMap.newKeySet())
			.add(context.getRequiredTestMethod());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		Class<?> testClass = context.getRequiredTestClass();
		discardEvents(TestProcessEngine.get());
		List<Method> declared = ReflectionSupport.findMethods(testClass,
				m -> AnnotationSupport.isAnnotated(m, Testable.class), HierarchyTraversalMode.TOP_DOWN);
		if (!this.finished.getOrDefault(testClass, Set.of()).containsAll(declared)) {
			log.info("{}: not every test ran, process coverage not checked", testClass.getSimpleName());
			return;
		}
		String processKey = ((ProcessTestCase) context.getRequiredTestInstance()).processKey();
		Map<String, Double> coverage = coverage(testClass);
		log.info("{}: process coverage {}", testClass.getSimpleName(), coverage);
		assertThat(coverage).as("processes that %s ran (report %s)", testClass.getSimpleName(), report(testClass))
			.containsKey(processKey);
		assertThat(coverage.get(processKey))
			.as("coverage of process %s by %s (report %s)", processKey, testClass.getSimpleName(),
					report(testClass).getParent().resolve("report.html"))
			.isGreaterThanOrEqualTo(FLOOR);
	}

	/**
	 * Hands the shared engine to the coverage extension, whose builder asks a
	 * configuration to build one.
	 */
	private static final class SharedEngine extends StandaloneProcessEngineConfiguration {

		@Override
		public ProcessEngine buildProcessEngine() {
			return TestProcessEngine.get();
		}

	}

}
