package io.bokjiflow.casework.internal;

import io.bokjiflow.publicdata.PublicDataSource;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task (one instance per dataset, {@code asyncBefore}): fetches a public dataset
 * and keeps it as evidence. A failing source means a retry and then an incident, never a
 * lost application.
 */
@Component("fetchPublicDataDelegate")
class FetchPublicDataDelegate implements JavaDelegate {

	private final CaseInvestigation investigation;

	FetchPublicDataDelegate(CaseInvestigation investigation) {
		this.investigation = investigation;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.investigation.fetch(CaseVariables.applicationId(execution),
				PublicDataSource.valueOf((String) execution.getVariable(CaseVariables.DATASET)));
	}

}
