package io.bokjiflow.integrity.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Applies a completed impact review's decisions. Not asynchronous on purpose: recoveries
 * are ordered in the name of the caseworker who decided (the payments module checks their
 * 시·군·구), so it runs in their thread and transaction; a refusal rolls the completion back
 * and the caseworker sees why.
 */
@Component
class ApplyImpactDecisionsDelegate implements JavaDelegate {

	private final ImpactReviewService reviews;

	ApplyImpactDecisionsDelegate(ImpactReviewService reviews) {
		this.reviews = reviews;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.reviews.apply(UUID.fromString((String) execution.getVariable(ImpactReviewProcess.REVIEW_ID)),
				execution.getProcessBusinessKey());
	}

}
