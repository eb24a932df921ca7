package io.bokjiflow.registry;

/**
 * The state of a benefit record (수급 상태).
 */
public enum BenefitStatus {

	/** Being paid. */
	ACTIVE,
	/** Paused, e.g. while a change is investigated. */
	SUSPENDED,
	/** Ended regularly. */
	ENDED,
	/** Ended and the payments were recovered (환수). */
	RECOVERED

}
