package io.bokjiflow.casework.internal;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the {@code resident-left} event subprocess: records the case closed
 * (WITHDRAWN) with the reason the resident-register change gives.
 */
@Component("recordCaseClosedDelegate")
class RecordCaseClosedDelegate implements JavaDelegate {

	/** The reason code of a case closed for each way of leaving the register. */
	static final Map<String, String> REASONS = Map.of("DEATH", "DECEASED", "DEREGISTRATION", "DEREGISTERED",
			"EMIGRATION", "EMIGRATED");

	private final CaseworkService casework;

	RecordCaseClosedDelegate(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String kind = (String) execution.getVariable(CaseVariables.LIFE_EVENT_KIND);
		String reason = REASONS.get(kind);
		if (reason == null) {
			throw new IllegalStateException("No reason to close a case for the life event " + kind);
		}
		this.casework.closeCase(CaseVariables.applicationId(execution), reason,
				(String) execution.getVariable(CaseVariables.LIFE_EVENT_CHANGE_ID));
	}

}
