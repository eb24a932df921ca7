package io.bokjiflow.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An application as lists and the case view show it (personal data masked).
 *
 * @param id the application id
 * @param applicationNo the application number, also the process business key
 * @param programCode the program
 * @param personId the applicant
 * @param applicantMasked the applicant's masked name
 * @param adminDongCode the applicant's 행정동
 * @param status where it stands
 * @param submittedAt when it was registered
 * @param submittedBy who registered it
 * @param decisionDueOn the legal deadline for the decision
 * @param processInstanceId the running or ended process instance
 */
public record ApplicationSummary(UUID id, String applicationNo, String programCode, UUID personId,
		String applicantMasked, String adminDongCode, ApplicationStatus status, Instant submittedAt, String submittedBy,
		LocalDate decisionDueOn, String processInstanceId) {
}
