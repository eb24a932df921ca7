package io.bokjiflow.bench.scenario;

import java.util.ArrayList;
import java.util.function.Consumer;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The benchmark's only addition to the application's engine: a parse listener that gives
 * every user task a built-in {@code create} listener, which reports the task once the
 * transaction that created it has <b>committed</b> — the moment a caseworker's task list
 * can show it. Nothing in {@code src/main} or in the BPMN changes; the listener costs one
 * transaction-listener registration per task.
 */
final class TaskCommitPlugin extends AbstractProcessEnginePlugin {

	/**
	 * A user task that a committed transaction created.
	 *
	 * @param businessKey the business key of the task's process instance (the application
	 * number; call activities share it)
	 * @param taskDefinitionKey the user task's element id
	 * @param createdMillis the task's create time (set in the transaction, before the
	 * commit)
	 * @param committedMillis when the transaction had committed
	 */
	record TaskCommitted(String businessKey, String taskDefinitionKey, long createdMillis, long committedMillis) {
	}

	private final Consumer<Object> sink;

	TaskCommitPlugin(Consumer<Object> sink) {
		this.sink = sink;
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		if (configuration.getCustomPostBPMNParseListeners() == null) {
			configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
		}
		TaskListener listener = this::created;
		configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
					userTask.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
				}
			}
		});
	}

	private void created(DelegateTask task) {
		String businessKey = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
		String key = task.getTaskDefinitionKey();
		long created = task.getCreateTime() == null ? System.currentTimeMillis() : task.getCreateTime().getTime();
		Context.getCommandContext()
			.getTransactionContext()
			.addTransactionListener(TransactionState.COMMITTED, commandContext -> this.sink
				.accept(new TaskCommitted(businessKey, key, created, System.currentTimeMillis())));
	}

}
