package io.bokjiflow.integrity.internal;

import java.util.UUID;

import io.bokjiflow.integrity.DuplicateBenefitSweep.Outcome;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;

import org.springframework.stereotype.Component;

/**
 * The complete listener of the review task ({@code user_review_conflict}): records the
 * outcome on the finding whoever completes the task — BokjiFlow's review view or Camunda
 * Tasklist — and refuses a completion without a valid outcome and reason.
 */
@Component("conflictReviewListener")
class ConflictReviewListener implements TaskListener {

	private final ConflictSweepService sweep;

	ConflictReviewListener(ConflictSweepService sweep) {
		this.sweep = sweep;
	}

	@Override
	public void notify(DelegateTask task) {
		Object value = task.getVariable(ConflictSweepService.OUTCOME);
		Outcome outcome;
		try {
			outcome = Outcome.valueOf(String.valueOf(value));
		}
		catch (IllegalArgumentException ex) {
			throw new UserFacingException("integrity.error.reviewOutcome");
		}
		Object reason = task.getVariable(ConflictSweepService.REASON);
		String why = validReason(outcome, reason == null ? null : reason.toString());
		String who = task.getAssignee();
		if (who == null && Context.getCommandContext() != null) {
			who = Context.getCommandContext().getAuthenticatedUserId();
		}
		this.sweep.recordOutcome(UUID.fromString((String) task.getVariable(ConflictSweepService.FINDING_ID)), outcome,
				why, who == null ? "unknown" : who);
	}

	/**
	 * The reason, stripped: 5 to 500 characters, required unless the proposed action is
	 * accepted.
	 */
	static String validReason(Outcome outcome, String reason) {
		if (outcome == null) {
			throw new UserFacingException("integrity.error.reviewOutcome");
		}
		String why = reason == null ? "" : reason.strip();
		if (why.isEmpty() && outcome == Outcome.ACCEPTED) {
			return null;
		}
		if (why.length() < 5 || why.length() > 500) {
			throw new UserFacingException("integrity.error.reviewReason");
		}
		return why;
	}

}
