package io.bokjiflow.casework;

import java.util.List;
import java.util.Optional;

/**
 * Everything a caseworker needs to decide: the application, the evidence and the
 * eligibility result, and the decision once made.
 *
 * @param application the application
 * @param applicantMaskedRrn the applicant's masked resident number
 * @param applicantName the applicant's name
 * @param evidence the public data fetched
 * @param eligible the rule result, if evaluated
 * @param eligibilityRule the rule that decided, if evaluated
 * @param decision the decision, once recorded
 */
public record CaseFile(ApplicationSummary application, String applicantMaskedRrn, String applicantName,
		List<EvidenceView> evidence, Optional<Boolean> eligible, Optional<String> eligibilityRule,
		Optional<DecisionView> decision) {
}
