package io.bokjiflow.casework;

import java.time.Instant;

/**
 * The recorded decision of a case.
 *
 * @param outcome APPROVED or REJECTED
 * @param reasonCode the reason code (a rule code or the caseworker's choice)
 * @param reasonText free text the caseworker wrote, if any
 * @param ruleReason the eligibility rule that matched
 * @param decidedBy the user, or {@code system} for an automatic decision
 * @param decidedAt when
 */
public record DecisionView(ApplicationStatus outcome, String reasonCode, String reasonText, String ruleReason,
		String decidedBy, Instant decidedAt) {
}
