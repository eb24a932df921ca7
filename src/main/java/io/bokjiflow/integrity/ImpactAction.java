package io.bokjiflow.integrity;

/**
 * What an impact review proposes for one benefit record.
 */
public enum ImpactAction {

	/** Stop the benefit (급여 중지). */
	SUSPEND,
	/** Recalculate or recheck eligibility (급여 변경·재산정). */
	RECALCULATE,
	/** Recover payments made for periods after the event (환수). */
	RECOVER

}
