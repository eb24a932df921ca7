package io.bokjiflow.casework.internal;

import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: records the decision — a supervisor's duplicate-benefit override where
 * there was one (DUPLICATE_OVERRIDE, or DUPLICATE_BENEFIT for a rejection), else the
 * decision task's outcome where there was one, else the review's, else the rule's (an
 * automatic decision citing the rule).
 */
@Component("recordDecisionDelegate")
class RecordDecisionDelegate implements JavaDelegate {

	static final String SYSTEM = "system";

	/** The reason code of an approval a supervisor gave despite a blocking conflict. */
	static final String DUPLICATE_OVERRIDE_REASON = "DUPLICATE_OVERRIDE";

	/** The reason code of a rejection for a blocking duplicate benefit. */
	static final String DUPLICATE_BENEFIT_REASON = "DUPLICATE_BENEFIT";

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
		String override = (String) execution.getVariable(CaseVariables.DUPLICATE_OVERRIDE);
		ApplicationStatus outcome;
		if (override != null) {
			boolean overridden = "OVERRIDE".equals(override);
			outcome = overridden ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
			this.casework.recordDecision(applicationId, outcome,
					overridden ? DUPLICATE_OVERRIDE_REASON : DUPLICATE_BENEFIT_REASON,
					(String) execution.getVariable(CaseVariables.DUPLICATE_OVERRIDE_REASON), rule,
					(String) execution.getVariable(CaseVariables.DUPLICATE_OVERRIDDEN_BY));
		}
		else if (decisionOutcome != null) {
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
