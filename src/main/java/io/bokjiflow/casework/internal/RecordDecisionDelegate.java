package io.bokjiflow.casework.internal;

import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: records the decision — the decision task's outcome where there was one,
 * else the review's, else the rule's (an automatic decision citing the rule).
 */
@Component("recordDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

	static final String SYSTEM = "system";

	private final CaseworkService casework;

	RecordDecisionDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = CaseVariables.applicationId(execution);
		String rule = (String) execution.getVariable(CaseVariables.ELIGIBILITY_RULE);
		String decisionOutcome = (String) execution.getVariable(CaseVariables.DECISION_OUTCOME);
		String reviewOutcome = (String) execution.getVariable(CaseVariables.REVIEW_OUTCOME);
		ApplicationStatus outcome;
		if (decisionOutcome != null) {
			outcome = status(decisionOutcome);
			this.casework.recordDecision(applicationId, outcome, "DECISION_" + decisionOutcome,
					(String) execution.getVariable(CaseVariables.DECISION_REASON), rule,
					(String) execution.getVariable(CaseVariables.DECIDED_BY));
		}
		else if (reviewOutcome != null) {
			outcome = status(reviewOutcome);
			this.casework.recordDecision(applicationId, outcome, "REVIEW_" + reviewOutcome,
					(String) execution.getVariable(CaseVariables.REVIEW_REASON), rule,
					(String) execution.getVariable(CaseVariables.REVIEWED_BY));
		}
		else {
			outcome = Boolean.TRUE.equals(execution.getVariable(CaseVariables.ELIGIBLE)) ? ApplicationStatus.APPROVED
					: ApplicationStatus.REJECTED;
			this.casework.recordDecision(applicationId, outcome, "RULE_" + rule, null, rule, SYSTEM);
		}
		execution.setVariable(CaseVariables.DECISION, outcome.name());
	}

	private static ApplicationStatus status(String formOutcome) {
		return "APPROVE".equals(formOutcome) ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
	}

}
