package io.bokjiflow.casework.internal;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the process variables every support-program process shares. Variables hold ids
 * and small outcomes; the case file itself is in the casework tables. The case facts the
 * eligibility tables read are listed in docs/case-facts.md.
 */
final class CaseVariables {

	/** The application id (UUID as text). */
	static final String APPLICATION_ID = "applicationId";

	/** The program's catalogue code; the investigation plan reads it. */
	static final String PROGRAM_CODE = "programCode";

	/** The 시·군·구 code of the applicant; candidate group {@code caseworkers-<code>}. */
	static final String SIGUNGU_CODE = "sigunguCode";

	/** The legal decision deadline (a date), the due date of every user task. */
	static final String DECISION_DUE_DATE = "decisionDueDate";

	/** When the supervisor is asked to act on the deadline (a date-time). */
	static final String ESCALATION_DATE = "escalationDate";

	/** Set by intake: every consent the program needs is recorded. */
	static final String APPLICATION_COMPLETE = "applicationComplete";

	/**
	 * The element variable of the investigation's multi-instance task: a dataset name.
	 */
	static final String DATASET = "dataset";

	/** Whether the program investigates income and assets (a case fact). */
	static final String INCOME_INVESTIGATED = "incomeInvestigated";

	/** Whether anything stops an automatic decision (flags in the case file). */
	static final String FLAGGED = "flagged";

	/** The DMN decision key of the program's eligibility table. */
	static final String ELIGIBILITY_DECISION = "eligibilityDecision";

	/** The eligibility rule result. */
	static final String ELIGIBLE = "eligible";

	/** The code of the eligibility rule that matched. */
	static final String ELIGIBILITY_RULE = "eligibilityRule";

	/** The table asks for a caseworker's review even if the facts are clear. */
	static final String REVIEW = "review";

	/** Optional table outputs: priority rank and the government's share in percent. */
	static final String RANK = "rank";

	static final String SHARE_PERCENT = "sharePercent";

	/** The caseworker's recommendation on the review form: APPROVE or REJECT. */
	static final String REVIEW_OUTCOME = "reviewOutcome";

	/** The caseworker's reason text on the review form. */
	static final String REVIEW_REASON = "reviewReason";

	/** Who completed the review. */
	static final String REVIEWED_BY = "reviewedBy";

	/** The decision on the decision form: APPROVE or REJECT, with its reason. */
	static final String DECISION_OUTCOME = "decisionOutcome";

	static final String DECISION_REASON = "decisionReason";

	/** Who completed the decision task. */
	static final String DECIDED_BY = "decidedBy";

	/** The recorded outcome (APPROVED / REJECTED), set by the decision step. */
	static final String DECISION = "decision";

	/** The supervisor's deadline action form: KEEP or EXTEND, days and reason. */
	static final String DEADLINE_ACTION = "deadlineAction";

	static final String EXTENSION_DAYS = "extensionDays";

	static final String EXTENSION_REASON = "extensionReason";

	static final String DEADLINE_ACTED_BY = "deadlineActedBy";

	/** The consent form: received on a date, recorded by a caseworker. */
	static final String CONSENT_RECEIVED_ON = "consentReceivedOn";

	static final String CONSENT_RECORDED_BY = "consentRecordedBy";

	/** The model property on a business rule task naming the DMN decision to evaluate. */
	/**
	 * The amount to pay where the process sets it (open-market processes); otherwise the
	 * catalogue's paymentWon.
	 */
	static final String PAYMENT_AMOUNT_WON = "paymentAmountWon";

	/**
	 * The period ({@code yyyy-MM}) a regular benefit's payment is for; each period is a
	 * payment order of its own.
	 */
	static final String PAYMENT_PERIOD = "paymentPeriod";

	/**
	 * Whether the payment may go to a seizure-protected account, where the process sets
	 * it; otherwise decided from the program's legal basis.
	 */
	static final String SEIZURE_PROTECTED_ALLOWED = "seizureProtectedAllowed";

	static final String DECISION_KEY_PROPERTY = "decisionKey";

	/** Set by the duplicate-benefit check: any conflict, so the case is reviewed. */
	static final String DUPLICATE_REVIEW = "duplicateReview";

	/**
	 * Set by the duplicate-benefit check: a BLOCK conflict, so an approval needs a
	 * supervisor.
	 */
	static final String DUPLICATE_BLOCKING = "duplicateBlocking";

	/**
	 * Set by the duplicate-benefit check: the conflicts as a short text
	 * ({@code <rule>:<effect>:<program>:<own|household>} joined by {@code ;}); the full
	 * conflicts are kept on the case.
	 */
	static final String DUPLICATE_CONFLICTS = "duplicateConflicts";

	/**
	 * Set by the duplicate-benefit check: the fixed monthly offset in won
	 * (OFFSET_AMOUNT).
	 */
	static final String DUPLICATE_OFFSET_WON = "duplicateOffsetWon";

	/** Set by the duplicate-benefit check: the offset share in percent (OFFSET_SHARE). */
	static final String DUPLICATE_OFFSET_PERCENT = "duplicateOffsetPercent";

	/** The supervisor's duplicate-override form: OVERRIDE or REJECT, with a reason. */
	static final String DUPLICATE_OVERRIDE = "duplicateOverride";

	static final String DUPLICATE_OVERRIDE_REASON = "duplicateOverrideReason";

	/** Who completed the duplicate-override task. */
	static final String DUPLICATE_OVERRIDDEN_BY = "duplicateOverriddenBy";

	/**
	 * Message of the resident-register change feed: the applicant died, was deregistered
	 * or emigrated; an interrupting event subprocess closes the case.
	 */
	static final String RESIDENT_LEFT_MESSAGE = "resident-left";

	/**
	 * Message of the resident-register change feed: the applicant moved to another 행정동; a
	 * non-interrupting event subprocess re-routes the case.
	 */
	static final String RESIDENT_MOVED_MESSAGE = "resident-moved";

	/** Set with either message: the change's id in the feed. */
	static final String LIFE_EVENT_CHANGE_ID = "lifeEventChangeId";

	/** Set with {@link #RESIDENT_LEFT_MESSAGE}: DEATH, DEREGISTRATION or EMIGRATION. */
	static final String LIFE_EVENT_KIND = "lifeEventKind";

	/** Set with {@link #RESIDENT_MOVED_MESSAGE}: the 행정동 moved to. */
	static final String MOVED_TO_ADMIN_DONG = "movedToAdminDongCode";

	/**
	 * The variable that records who completed a user task, by the task's id in the model.
	 */
	static final Map<String, String> COMPLETED_BY = Map.of("user_review_application", REVIEWED_BY,
			"user_decide_application", DECIDED_BY, "user_handle_deadline", DEADLINE_ACTED_BY, "user_obtain_consent",
			CONSENT_RECORDED_BY, "user_override_duplicate", DUPLICATE_OVERRIDDEN_BY);

	private CaseVariables() {
	}

	/** The application of the execution or task. */
	static UUID applicationId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(APPLICATION_ID));
	}

}
