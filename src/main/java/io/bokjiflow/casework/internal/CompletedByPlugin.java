package io.bokjiflow.casework.internal;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Records who completed a case's user task whichever way it was completed — BokjiFlow's
 * task view, Camunda Tasklist or {@code /engine-rest} — and keeps the four-eyes rule
 * there too: the reviewer of an application cannot also decide it. Without it a
 * completion outside BokjiFlow's task view left the decision without its author (and the
 * decision record refused it).
 */
@Component
class CompletedByPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
				if (CaseVariables.COMPLETED_BY.containsKey(activity.getId())
						&& activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
					behavior.getTaskDefinition()
						.addTaskListener(TaskListener.EVENTNAME_COMPLETE, CompletedByPlugin::record);
				}
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/**
	 * The completing user: the one authenticated with the engine (REST, Tasklist), else
	 * the assignee (BokjiFlow's task view completes only assigned tasks); nobody for an
	 * engine-internal completion, whose caller supplies the variable itself.
	 */
	static void record(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String user = authentication != null && authentication.getUserId() != null ? authentication.getUserId()
				: task.getAssignee();
		if (user == null) {
			return;
		}
		String variable = CaseVariables.COMPLETED_BY.get(task.getTaskDefinitionKey());
		if (CaseVariables.DECIDED_BY.equals(variable) && user.equals(task.getVariable(CaseVariables.REVIEWED_BY))) {
			throw new AuthorizationException(
					"The reviewer of an application cannot also decide it (four-eyes rule): " + task.getId());
		}
		task.setVariable(variable, user);
	}

}
