package io.bokjiflow.openmarket.internal;

import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

import org.springframework.stereotype.Component;

/**
 * The user tasks of a selection run: on create the run waits for a supervisor; on
 * complete four eyes are enforced (whoever completes, not the user who started the run)
 * and the decision is recorded, whether it comes from the selection-runs view, the task
 * list or Camunda Tasklist.
 */
@Component("selectionTaskListener")
class SelectionTaskListener implements TaskListener {

	private final SelectionSteps steps;

	SelectionTaskListener(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		var runId = SelectionVariables.runId(task);
		boolean approval = SelectionVariables.TASK_APPROVE.equals(task.getTaskDefinitionKey());
		if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
			this.steps.awaiting(runId,
					approval ? SelectionRun.Status.AWAITING_APPROVAL : SelectionRun.Status.AWAITING_BUDGET_DECISION);
			return;
		}
		Object startedBy = task.getVariable(SelectionVariables.STARTED_BY);
		if (TaskListener.EVENTNAME_ASSIGNMENT.equals(task.getEventName())) {
			if (approval && task.getAssignee() != null && task.getAssignee().equals(startedBy)) {
				throw new UserFacingException("selection.error.fourEyes");
			}
			return;
		}
		if (!TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
			return;
		}
		String user = completedBy(task);
		if (user == null) {
			throw new UserFacingException("selection.error.claimFirst");
		}
		if (approval) {
			if (user.equals(startedBy) || startedBy.equals(task.getAssignee())) {
				throw new UserFacingException("selection.error.fourEyes");
			}
			if (Boolean.TRUE.equals(task.getVariable(SelectionVariables.APPROVED))) {
				this.steps.recordApproval(runId, user);
			}
		}
		else {
			Object decision = task.getVariable(SelectionVariables.BUDGET_DECISION);
			if (!"REDUCE".equals(decision) && !"CANCEL".equals(decision)) {
				throw new UserFacingException("selection.error.budgetDecision");
			}
			this.steps.recordBudgetDecision(runId, decision.toString(), user);
		}
	}

	/**
	 * The engine's authenticated user (Tasklist, REST), else the assignee (the task list
	 * and the selection view claim before completing).
	 */
	private static String completedBy(DelegateTask task) {
		var context = Context.getCommandContext();
		if (context != null && context.getAuthenticatedUserId() != null) {
			return context.getAuthenticatedUserId();
		}
		return task.getAssignee();
	}

}
