package io.bokjiflow.openmarket;

/**
 * What a selection run decided for one person its criteria selected.
 */
public enum SelectionOutcome {

	/** To be paid. */
	SELECTED,
	/** Deceased on the registry. */
	EXCLUDED_DECEASED,
	/** Deregistered or emigrated (no longer a resident). */
	EXCLUDED_DEREGISTERED,
	/** Already paid (or ordered) by this program for the same occasion. */
	EXCLUDED_PAID,
	/** Receives a conflicting benefit (duplicate-benefit rule). */
	EXCLUDED_CONFLICT,
	/** Left out to stay within the budget (a supervisor reduced the run). */
	EXCLUDED_BUDGET

}
