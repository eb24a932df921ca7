package io.bokjiflow.casework;

/**
 * Which tasks a list shows.
 */
public enum TaskScope {

	/** Tasks assigned to me. */
	MINE,
	/** Unassigned tasks of my groups, ready to claim. */
	GROUP,
	/** Both. */
	ALL

}
