package io.bokjiflow.integrity;

import java.util.List;
import java.util.Optional;

/**
 * Impact reviews of eligibility changes: created when the registry records a change of a
 * person with ACTIVE benefits, each with a user task for the caseworkers of the person's
 * 시·군·구 (process {@code impact-review}), who apply or decline every proposal.
 */
public interface ImpactReviews {

	/**
	 * The review of a recorded change.
	 * @param changeId the change id
	 * @return the review, if the change had one
	 */
	Optional<ImpactReview> ofChange(String changeId);

	/**
	 * The review an open task belongs to, for the users who may decide it (caseworkers
	 * and supervisors of the person's 시·군·구 or the one they moved from) and
	 * administrators.
	 * @param taskId the task
	 * @return the review, if the task is an impact review's and the user may see it
	 */
	Optional<ImpactReview> ofTask(String taskId);

	/**
	 * Decides every proposal of a task's review and completes the task: applied
	 * suspensions set the benefit record SUSPENDED, applied recoveries are ordered
	 * through the payments module. Only a caseworker or supervisor of the review's 시·군·구.
	 * @param taskId the task
	 * @param decisions one per proposal
	 * @throws io.bokjiflow.shared.UserFacingException when a proposal has no decision or
	 * a declined one no reason
	 */
	void decide(String taskId, List<Decision> decisions);

	/**
	 * A caseworker's decision on one proposal.
	 *
	 * @param seq the proposal's number
	 * @param apply whether to apply it
	 * @param reason why not (required when not applied), or a note
	 */
	record Decision(int seq, boolean apply, String reason) {
	}

}
