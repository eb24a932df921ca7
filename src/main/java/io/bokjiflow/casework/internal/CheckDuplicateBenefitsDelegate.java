package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of common-decision: checks the applicant's active benefits against the
 * duplicate-benefit rules, keeps the conflicts on the case and sets the small variables
 * the routing and the payment hand-off read.
 */
@Component("checkDuplicateBenefitsDelegate")
class CheckDuplicateBenefitsDelegate implements JavaDelegate {

	private final CaseworkService casework;

	CheckDuplicateBenefitsDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		DuplicateBenefitCheck.Result result = this.casework
			.checkDuplicateBenefits(CaseVariables.applicationId(execution));
		execution.setVariable(CaseVariables.DUPLICATE_REVIEW, result.any());
		execution.setVariable(CaseVariables.DUPLICATE_BLOCKING, result.blocking());
		execution.setVariable(CaseVariables.DUPLICATE_CONFLICTS, result.summary());
		execution.setVariable(CaseVariables.DUPLICATE_OFFSET_WON, result.offsetWon());
		execution.setVariable(CaseVariables.DUPLICATE_OFFSET_PERCENT, result.offsetPercent());
	}

}
