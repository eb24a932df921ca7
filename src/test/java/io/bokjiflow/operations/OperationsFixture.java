package io.bokjiflow.operations;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Small test processes with unique keys for the process view and batch operations, so
 * that the shared context's other tests see nothing of them: version 1 reviews, runs an
 * old check and decides; version 2 has a new check instead; a timer process gives
 * incidents.
 */
public final class OperationsFixture {

	private final RepositoryService repository;

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final ManagementService management;

	/** The key of the two-version process. */
	public final String key = "h6-test-" + UUID.randomUUID().toString().substring(0, 8);

	public OperationsFixture(RepositoryService repository, RuntimeService runtime, TaskService tasks,
			ManagementService management) {
		this.repository = repository;
		this.runtime = runtime;
		this.tasks = tasks;
		this.management = management;
	}

	/** Version 1: review → old check → decide. */
	public ProcessDefinition deployV1() {
		return deploy(Bpmn.createExecutableProcess(this.key)
			.name("H6 시험 절차 (test process)")
			.camundaHistoryTimeToLive(30)
			.startEvent("start")
			.userTask("task_review")
			.name("검토 (review)")
			.userTask("task_old_check")
			.name("예전 확인 (old check)")
			.userTask("task_decide")
			.name("결정 (decide)")
			.endEvent("end")
			.done());
	}

	/** Version 2: review → new check → decide. */
	public ProcessDefinition deployV2() {
		return deploy(Bpmn.createExecutableProcess(this.key)
			.name("H6 시험 절차 (test process)")
			.camundaHistoryTimeToLive(30)
			.startEvent("start")
			.userTask("task_review")
			.name("검토 (review)")
			.userTask("task_new_check")
			.name("새 확인 (new check)")
			.userTask("task_decide")
			.name("결정 (decide)")
			.endEvent("end")
			.done());
	}

	/** A process that waits on an hour's timer, for incidents; its key is returned. */
	public ProcessDefinition deployTimer() {
		return deploy(Bpmn.createExecutableProcess(this.key + "-timer")
			.name("H6 시험 타이머 (test timer)")
			.camundaHistoryTimeToLive(30)
			.startEvent("start")
			.intermediateCatchEvent("timer_wait")
			.timerWithDuration("PT1H")
			.userTask("task_after")
			.endEvent("end")
			.done());
	}

	private ProcessDefinition deploy(BpmnModelInstance model) {
		var deployment = this.repository.createDeployment()
			.name(this.key)
			.addModelInstance(this.key + ".bpmn", model)
			.deploy();
		return this.repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
	}

	/** Starts an instance of a version for a 시·군·구. */
	public ProcessInstance start(ProcessDefinition definition, String sigunguCode) {
		return this.runtime.startProcessInstanceById(definition.getId(),
				"H6-" + UUID.randomUUID().toString().substring(0, 8), Map.of("sigunguCode", sigunguCode));
	}

	/** Completes the one open task of an instance. */
	public void completeTask(String processInstanceId) {
		var task = this.tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
		this.tasks.complete(task.getId());
	}

	/** Turns the timer of an instance into an incident (retries 0). */
	public String failTimer(String processInstanceId) {
		var job = this.management.createJobQuery().processInstanceId(processInstanceId).singleResult();
		this.management.setJobRetries(job.getId(), 0);
		return job.getId();
	}

}
