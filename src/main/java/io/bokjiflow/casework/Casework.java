package io.bokjiflow.casework;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The casework module's API for registering and reading applications. Every call acts for
 * the signed-in user and sees only their organisation's cases.
 */
public interface Casework {

	/**
	 * Registers an application (finding or registering the applicant) and starts the
	 * program's process. Submitting the same idempotency key again returns the first
	 * application.
	 * @param application what the caseworker typed
	 * @return the registered application
	 * @throws io.bokjiflow.shared.UserFacingException or
	 * {@link io.bokjiflow.registry.InvalidRrnException} for input the user must correct
	 */
	ApplicationSummary submit(NewApplication application);

	/**
	 * The case file of an application of the user's 시·군·구.
	 * @param applicationId the application
	 * @return the case file, empty when unknown or not the user's
	 */
	Optional<CaseFile> caseFile(UUID applicationId);

	/**
	 * The case file by application number (business key).
	 * @param applicationNo the number
	 * @return the case file, empty when unknown or not the user's
	 */
	Optional<CaseFile> caseFileByNumber(String applicationNo);

	/**
	 * The applications of a person that the user may see (their 시·군·구), newest first.
	 * @param personId the person
	 * @return the applications
	 */
	List<ApplicationSummary> applicationsOf(UUID personId);

	/**
	 * The duplicate-benefit conflicts the decision-time check found for a case (중복 수급
	 * 확인), ordered by rule number; empty when none were found or the check has not run.
	 * Sees only the cases {@link #caseFileByNumber} sees.
	 * @param applicationNo the application number
	 * @return the conflicts
	 */
	List<DuplicateConflict> duplicateConflicts(String applicationNo);

}
