package io.bokjiflow.casework.internal;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: derives the case facts from the evidence (docs/case-facts.md) and sets
 * them as variables, with {@code flagged} when something needs a caseworker's eye.
 */
@Component("deriveCaseFactsDelegate")
class DeriveCaseFactsDelegate implements JavaDelegate {

	private final CaseInvestigation investigation;

	DeriveCaseFactsDelegate(CaseInvestigation investigation) {
		this.investigation = investigation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		execution.setVariables(this.investigation.deriveFacts(CaseVariables.applicationId(execution)));
	}

}
