package io.bokjiflow.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import io.bokjiflow.casework.CamundaForm;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the process tests (BPM Assert) on the shared {@link TestProcessEngine}: the
 * class's BPMN, DMN and form files are deployed once before its tests and removed with
 * their instances after them, and the coverage of the process the class is about must
 * reach {@link ProcessTestCoverage#FLOOR}. The job executor is off: tests run jobs by
 * hand.
 *
 * <p>
 * One test instance serves all tests of a class (so that the deployment can depend on the
 * subclass); per-test state belongs in {@code @BeforeEach}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ProcessTestCase {

	@RegisterExtension
	@Order(1)
	protected static final ProcessTestCoverage coverageFloor = new ProcessTestCoverage();

	@RegisterExtension
	@Order(2)
	protected static final ProcessEngineCoverageExtension coverage = ProcessTestCoverage.extension();

	/** The shared engine. */
	protected final ProcessEngine engine = TestProcessEngine.get();

	private String deploymentId;

	/**
	 * The key of the process this class is about: the one held to the coverage floor.
	 * @return a process definition key
	 */
	protected abstract String processKey();

	/**
	 * The classpath resources the class deploys together (calls and form references are
	 * bound to the deployment).
	 * @return resource names such as {@code processes/common/common-notice.bpmn}
	 */
	protected abstract List<String> resources();

	@BeforeAll
	final void deploy() {
		DeploymentBuilder builder = this.engine.getRepositoryService()
			.createDeployment()
			.name(getClass().getSimpleName())
			.enableDuplicateFiltering(false);
		resources().forEach(builder::addClasspathResource);
		this.deploymentId = builder.deploy().getId();
	}

	@AfterAll
	final void undeploy() {
		if (this.deploymentId != null) {
			this.engine.getRepositoryService().deleteDeployment(this.deploymentId, true);
		}
	}

	@BeforeEach
	final void initAssertions() {
		BpmnAwareTests.init(this.engine);
	}

	@AfterEach
	final void resetMocksAndAssertions() {
		Mocks.reset();
		BpmnAwareTests.reset();
	}

	/**
	 * The process instances of a case: the program's and those of its call activities,
	 * which share its business key.
	 */
	protected final List<ProcessInstance> instances(String businessKey) {
		return this.engine.getRuntimeService()
			.createProcessInstanceQuery()
			.processInstanceBusinessKey(businessKey)
			.list();
	}

	/** The asynchronous continuations (not timers) the case waits for. */
	protected final List<Job> asyncJobs(String businessKey) {
		return instances(businessKey).stream()
			.flatMap(pi -> this.engine.getManagementService()
				.createJobQuery()
				.processInstanceId(pi.getId())
				.messages()
				.list()
				.stream())
			.toList();
	}

	/**
	 * Runs the case's asynchronous continuations, one at a time as the job executor
	 * would, until none is left.
	 * @return how many jobs ran
	 */
	protected final int runAsyncJobs(String businessKey) {
		int ran = 0;
		for (List<Job> jobs = asyncJobs(businessKey); !jobs.isEmpty(); jobs = asyncJobs(businessKey)) {
			this.engine.getManagementService().executeJob(jobs.get(0).getId());
			ran++;
			assertThat(ran).as("jobs of %s (a loop?)", businessKey).isLessThan(100);
		}
		return ran;
	}

	/** The one open task of a case with this id in the model. */
	protected final Task task(String businessKey, String taskDefinitionKey) {
		Task task = this.engine.getTaskService()
			.createTaskQuery()
			.processInstanceBusinessKey(businessKey)
			.taskDefinitionKey(taskDefinitionKey)
			.initializeFormKeys()
			.singleResult();
		assertThat(task).as("open task %s of %s", taskDefinitionKey, businessKey).isNotNull();
		return task;
	}

	/** The Camunda Form deployed with the task's process (formRefBinding deployment). */
	protected final CamundaForm deployedForm(Task task) {
		try (InputStream in = this.engine.getFormService().getDeployedTaskForm(task.getId())) {
			return CamundaForm.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The last value of a variable of a process instance, also after it ended. */
	protected final Object historicVariable(ProcessInstance pi, String name) {
		var variable = this.engine.getHistoryService()
			.createHistoricVariableInstanceQuery()
			.processInstanceId(pi.getId())
			.variableName(name)
			.singleResult();
		assertThat(variable).as("historic variable %s", name).isNotNull();
		return variable.getValue();
	}

	/**
	 * Runs an action that is meant to fail without the engine logging the expected
	 * exception's stack trace at ERROR.
	 */
	protected static void withoutEngineErrorLog(Runnable action) {
		Logger context = (Logger) LoggerFactory.getLogger("org.camunda.bpm.engine.context");
		Level level = context.getLevel();
		context.setLevel(Level.OFF);
		try {
			action.run();
		}
		finally {
			context.setLevel(level);
		}
	}

}
