package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: calculates the household's recognised income (소득인정액) and its share of the
 * standard median income; the calculation's lines are kept in the case file.
 */
@Component("calculateRecognisedIncomeDelegate")
class CalculateRecognisedIncomeDelegate implements JavaDelegate {

	private final CaseInvestigation investigation;

	CalculateRecognisedIncomeDelegate(CaseInvestigation investigation) {
		this.investigation = investigation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariables(this.investigation.calculateRecognisedIncome(CaseVariables.applicationId(execution)));
	}

}
