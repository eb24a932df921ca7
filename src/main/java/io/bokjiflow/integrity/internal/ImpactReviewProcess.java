package io.bokjiflow.integrity.internal;

/**
 * The impact review process ({@code processes/integrity/impact-review.bpmn}): its key,
 * element ids and variables.
 */
final class ImpactReviewProcess {

	static final String KEY = "impact-review";

	static final String USER_REVIEW = "user_review_impact";

	static final String SERVICE_APPLY = "service_apply_impact_decisions";

	/** The review's id (string). */
	static final String REVIEW_ID = "reviewId";

	/** Comma-separated candidate groups: caseworkers of the 시·군·구 (both after a move). */
	static final String CANDIDATE_GROUPS = "candidateGroups";

	/** The earliest deadline of the proposals (the task's due date). */
	static final String DUE_DATE = "dueDate";

	/** How many proposals the review has (shown in the form). */
	static final String PROPOSAL_COUNT = "proposalCount";

	/** What changed (shown in the form). */
	static final String CHANGE_KIND = "changeKind";

	private ImpactReviewProcess() {
	}

}
