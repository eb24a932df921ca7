package io.bokjiflow.casework;

import java.util.Optional;
import java.util.UUID;

/**
 * What the process steps of other modules (the open-market task types) read from and
 * record on a case. They run in the engine's jobs, not for a signed-in user, so these
 * calls see every case; they are not for views.
 */
public interface CaseProcessing {

	/**
	 * An application, whoever is signed in.
	 * @param applicationId the application
	 * @return the application, empty when unknown
	 */
	Optional<ApplicationSummary> application(UUID applicationId);

	/**
	 * Records the outcome of the eligibility check and its explanation on the case, as
	 * the support programs' rule tables do: the review and decision forms, the case view
	 * and the decision letter show it. A later call replaces an earlier one.
	 * @param applicationId the application
	 * @param eligible whether the applicant qualifies
	 * @param rule the code of what decided (UPPER_SNAKE), e.g. {@code CRITERIA_MET}
	 * @param explanation the conditions with their outcomes
	 */
	void recordEligibility(UUID applicationId, boolean eligible, String rule, EligibilityExplanation explanation);

}
