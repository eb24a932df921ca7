package io.bokjiflow.casework;

/**
 * Where an application stands.
 */
public enum ApplicationStatus {

	SUBMITTED, IN_REVIEW, APPROVED, REJECTED

}
