package io.bokjiflow.casework.internal;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the deadline escalation: records the supervisor's action and, for an
 * extension, moves the decision deadline of the case and the due dates of its open tasks.
 */
@Component("applyDeadlineActionDelegate")
class ApplyDeadlineActionDelegate implements JavaDelegate {

	private final CaseworkService casework;

	ApplyDeadlineActionDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String action = (String) execution.getVariable(CaseVariables.DEADLINE_ACTION);
		// An earlier round's extension stays in the variables; only an extension reads
		// it.
		boolean extend = "EXTEND".equals(action);
		Object days = extend ? execution.getVariable(CaseVariables.EXTENSION_DAYS) : null;
		Date again = this.casework.applyDeadlineAction(CaseVariables.applicationId(execution), action,
				days == null ? null : ((Number) days).intValue(),
				extend ? (String) execution.getVariable(CaseVariables.EXTENSION_REASON) : null,
				(String) execution.getVariable(CaseVariables.DEADLINE_ACTED_BY), execution.getProcessBusinessKey());
		if (again != null) {
			// The event subprocess waits for this date before asking the supervisors
			// again.
			execution.setVariable(CaseVariables.ESCALATION_DATE, again);
		}
	}

}
