package io.bokjiflow.casework.internal;

import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: records the decision. After a review it is the caseworker's outcome; when
 * the rules found the applicant ineligible without a review, it is an automatic rejection
 * citing the rule.
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
		UUID applicationId = UUID.fromString((String) execution.getVariable(CaseVariables.APPLICATION_ID));
		String rule = (String) execution.getVariable(CaseVariables.ELIGIBILITY_RULE);
		String reviewOutcome = (String) execution.getVariable(CaseVariables.REVIEW_OUTCOME);
		ApplicationStatus outcome;
		if (reviewOutcome == null) {
			outcome = ApplicationStatus.REJECTED;
			this.casework.recordDecision(applicationId, outcome, "RULE_" + rule, null, rule, SYSTEM);
		}
		else {
			outcome = "APPROVE".equals(reviewOutcome) ? ApplicationStatus.APPROVED : ApplicationStatus.REJECTED;
			this.casework.recordDecision(applicationId, outcome, "REVIEW_" + reviewOutcome,
					(String) execution.getVariable(CaseVariables.REVIEW_REASON), rule,
					(String) execution.getVariable(CaseVariables.REVIEWED_BY));
		}
		execution.setVariable(CaseVariables.DECISION, outcome.name());
	}

}
