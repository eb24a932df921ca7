package io.bokjiflow.casework;

/**
 * Where an application stands.
 */
public enum ApplicationStatus {

	SUBMITTED, INVESTIGATING, IN_REVIEW, APPROVED, REJECTED

}
