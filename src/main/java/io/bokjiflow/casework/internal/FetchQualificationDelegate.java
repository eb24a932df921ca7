package io.bokjiflow.casework.internal;

import java.util.UUID;

import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.QualificationReport;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task: fetches the applicant's qualifications from the public-data source,
 * stores them as evidence and exposes each as a boolean variable for the eligibility
 * rules. Runs {@code asyncBefore}, so a failing source means a retry and then an
 * incident, never a lost application.
 */
@Component("fetchQualificationDelegate")
class FetchQualificationDelegate implements JavaDelegate {

	private final CaseworkService casework;

	FetchQualificationDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		UUID applicationId = UUID.fromString((String) execution.getVariable(CaseVariables.APPLICATION_ID));
		QualificationReport report = this.casework.fetchQualificationEvidence(applicationId);
		execution.setVariable(CaseVariables.BASIC_LIVELIHOOD, report.holds(QualificationKind.BASIC_LIVELIHOOD));
		execution.setVariable(CaseVariables.NEAR_POOR, report.holds(QualificationKind.NEAR_POOR));
		execution.setVariable(CaseVariables.DISABILITY, report.holds(QualificationKind.DISABILITY));
		execution.setVariable(CaseVariables.VETERAN, report.holds(QualificationKind.VETERAN));
	}

}
