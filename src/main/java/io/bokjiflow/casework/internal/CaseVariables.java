package io.bokjiflow.casework.internal;

/**
 * Names of the process variables every support-program process shares. Variables hold ids
 * and small outcomes; the case file itself is in the casework tables.
 */
final class CaseVariables {

	/** The application id (UUID as text). */
	static final String APPLICATION_ID = "applicationId";

	/** The 시·군·구 code of the applicant; candidate group {@code caseworkers-<code>}. */
	static final String SIGUNGU_CODE = "sigunguCode";

	/** The legal decision deadline (a date), the review task's due date. */
	static final String DECISION_DUE_DATE = "decisionDueDate";

	/** Qualification facts from public data (booleans). */
	static final String BASIC_LIVELIHOOD = "basicLivelihood";

	static final String NEAR_POOR = "nearPoor";

	static final String DISABILITY = "disability";

	static final String VETERAN = "veteran";

	/** The eligibility rule result. */
	static final String ELIGIBLE = "eligible";

	/** The code of the eligibility rule that matched. */
	static final String ELIGIBILITY_RULE = "eligibilityRule";

	/** The caseworker's decision on the review form: APPROVE or REJECT. */
	static final String REVIEW_OUTCOME = "reviewOutcome";

	/** The caseworker's reason text. */
	static final String REVIEW_REASON = "reviewReason";

	/** Who completed the review. */
	static final String REVIEWED_BY = "reviewedBy";

	/** The recorded outcome (APPROVED / REJECTED), set by the decision step. */
	static final String DECISION = "decision";

	/** The model property on a business rule task naming the DMN decision to evaluate. */
	static final String DECISION_KEY_PROPERTY = "decisionKey";

	private CaseVariables() {
	}

}
