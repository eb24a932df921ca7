package io.bokjiflow.casework.internal;

import java.util.UUID;

import io.bokjiflow.casework.ApplicationStatus;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Task listener ({@code create}): the application is now waiting for a caseworker's
 * review.
 */
@Component("markInReviewListener")
class MarkInReviewListener implements TaskListener {

	private final CaseworkService casework;

	MarkInReviewListener(CaseworkService casework) {
		this.casework = casework;
	}

	@Override
	public void notify(DelegateTask task) {
		this.casework.moveTo(UUID.fromString((String) task.getVariable(CaseVariables.APPLICATION_ID)),
				ApplicationStatus.IN_REVIEW);
	}

}
