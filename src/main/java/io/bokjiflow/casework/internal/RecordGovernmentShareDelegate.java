package io.bokjiflow.casework.internal;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the child-care service: records the government's share of the fee that
 * the eligibility table gave for the household's income band. When the table left the
 * case to a caseworker (a care gap public data cannot show) and the caseworker approved
 * it, the share is the one the same table gives this household with the care gap
 * confirmed.
 */
@Component("recordGovernmentShareDelegate")
class RecordGovernmentShareDelegate implements JavaDelegate {

	/** Facts that state a confirmed care gap (the table's care-gap inputs). */
	static final Map<String, Object> CARE_GAP_CONFIRMED = Map.of("employmentInsured", true);

	private final CaseworkService casework;

	private final EvaluateEligibilityDelegate eligibility;

	RecordGovernmentShareDelegate(CaseworkService casework, EvaluateEligibilityDelegate eligibility) {
		this.casework = casework;
		this.eligibility = eligibility;
	}

	@Override
	public void execute(DelegateExecution execution) {
		Object share = execution.getVariable(CaseVariables.SHARE_PERCENT);
		if (!(share instanceof Number)) {
			share = this.eligibility.evaluate(execution, CARE_GAP_CONFIRMED).get(CaseVariables.SHARE_PERCENT);
			execution.setVariable(CaseVariables.SHARE_PERCENT, share);
		}
		this.casework.recordGovernmentShare(CaseVariables.applicationId(execution),
				share instanceof Number n ? n.intValue() : null);
	}

}
