package io.bokjiflow.casework;

import java.util.UUID;

/**
 * Published when an application has been registered and its process started.
 *
 * @param applicationId the application
 * @param applicationNo its number
 * @param programCode the program
 * @param personId the applicant
 */
public record ApplicationSubmitted(UUID applicationId, String applicationNo, String programCode, UUID personId) {
}
