package io.bokjiflow.casework;

import java.util.UUID;

/**
 * Published when a decision has been recorded.
 *
 * @param applicationId the application
 * @param programCode the program
 * @param personId the applicant
 * @param outcome APPROVED or REJECTED
 */
public record CaseDecided(UUID applicationId, String programCode, UUID personId, ApplicationStatus outcome) {
}
