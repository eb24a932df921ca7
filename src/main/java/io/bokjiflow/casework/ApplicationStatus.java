package io.bokjiflow.casework;

/**
 * Where an application stands. {@link #WITHDRAWN} closes a case undecided because the
 * applicant left the resident register (died, was deregistered or emigrated); its
 * decision row names why.
 */
public enum ApplicationStatus {

	SUBMITTED, INVESTIGATING, IN_REVIEW, APPROVED, REJECTED, WITHDRAWN

}
