package io.bokjiflow.casework;

import java.util.List;
import java.util.Optional;

/**
 * Everything a caseworker needs to decide: the application, the evidence, the facts and
 * flags derived from it, the recognised income, the eligibility result with its
 * explanation, and the decision once made.
 *
 * @param application the application
 * @param applicantMaskedRrn the applicant's masked resident number
 * @param applicantName the applicant's name
 * @param evidence the public data fetched
 * @param eligible the rule result, if evaluated
 * @param eligibilityRule the rule that decided, if evaluated
 * @param decision the decision, once recorded
 * @param explanation why the rules decided, if evaluated
 * @param flags what stops an automatic decision (e.g. ADDRESS_MISMATCH), empty when
 * nothing
 * @param recognisedIncome the recognised-income calculation, for investigated programs
 */
public record CaseFile(ApplicationSummary application, String applicantMaskedRrn, String applicantName,
		List<EvidenceView> evidence, Optional<Boolean> eligible, Optional<String> eligibilityRule,
		Optional<DecisionView> decision, Optional<EligibilityExplanation> explanation, List<String> flags,
		Optional<RecognisedIncome> recognisedIncome) {
}
