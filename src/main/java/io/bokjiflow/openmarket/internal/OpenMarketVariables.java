package io.bokjiflow.openmarket.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Names of the process variables of the open-market task types (processes/openmarket/).
 * The ones casework sets and the shared call activities read (application, program,
 * 시·군·구, deadline, eligibility, decision) carry the same names as in casework.
 */
final class OpenMarketVariables {

	/** Set by casework: the application id (UUID as text). */
	static final String APPLICATION_ID = "applicationId";

	/** Set by casework: the local program's code. */
	static final String PROGRAM_CODE = "programCode";

	/** The pinned version's id (UUID as text); set once, never changed. */
	static final String PROGRAM_VERSION_ID = "programVersionId";

	/** The pinned version's number. */
	static final String PROGRAM_VERSION = "programVersion";

	/** Whether a version applied on the application date and was pinned. */
	static final String VERSION_PINNED = "versionPinned";

	/** The pinned version's application form: Camunda form key and version. */
	static final String APPLICATION_FORM_ID = "applicationFormId";

	static final String APPLICATION_FORM_VERSION = "applicationFormVersion";

	/** Cash task types: the amount of one payment, from the pinned version. */
	static final String PAYMENT_AMOUNT_WON = "paymentAmountWon";

	/**
	 * Whether the pinned version's legal basis allows payment into a seizure-protected
	 * account.
	 */
	static final String SEIZURE_PROTECTED_ALLOWED = "seizureProtectedAllowed";

	/** The outcome common-decision reads, as casework's eligibility step sets it. */
	static final String ELIGIBLE = "eligible";

	static final String ELIGIBILITY_RULE = "eligibilityRule";

	static final String REVIEW = "review";

	static final String FLAGGED = "flagged";

	static final String INCOME_INVESTIGATED = "incomeInvestigated";

	/** Case facts of common-investigation (docs/case-facts.md). */
	static final String RECOGNISED_INCOME = "recognisedIncome";

	static final String HOUSEHOLD_SIZE = "householdSize";

	/** National top-up: the applicant receives the national program on the date. */
	static final String NATIONAL_BENEFIT_ACTIVE = "nationalBenefitActive";

	/** Set by common-decision: APPROVED or REJECTED. */
	static final String DECISION = "decision";

	/** Regular payments: the period to pay next (yyyy-MM) and its payment date. */
	static final String PAYMENT_PERIOD = "paymentPeriod";

	static final String NEXT_PAYMENT_DATE = "nextPaymentDate";

	/** Regular payments: the re-check before a payment. */
	static final String STILL_ELIGIBLE = "stillEligible";

	/**
	 * Why a regular benefit ended: a rule code of the re-check, or the reason sent with
	 * the message {@code BenefitStopped}.
	 */
	static final String BENEFIT_END_REASON = "benefitEndReason";

	/** The delivery form (om-delivery-record). */
	static final String DELIVERED_ON = "deliveredOn";

	static final String DELIVERY_PROVIDER = "deliveryProvider";

	static final String DELIVERY_NOTE = "deliveryNote";

	/** The message that stops a regular benefit, correlated by the application number. */
	static final String BENEFIT_STOPPED_MESSAGE = "BenefitStopped";

	private OpenMarketVariables() {
	}

	/** The application of the execution. */
	static UUID applicationId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(APPLICATION_ID));
	}

	/** The pinned version of the execution. */
	static UUID versionId(VariableScope scope) {
		Object id = scope.getVariable(PROGRAM_VERSION_ID);
		if (id == null) {
			throw new IllegalStateException("The case has no pinned program version");
		}
		return UUID.fromString((String) id);
	}

}
