package io.bokjiflow.casework;

/**
 * Which tasks a list shows.
 */
public enum TaskScope {

	/** Tasks assigned to me. */
	MINE,
	/** Unassigned tasks of my groups, ready to claim. */
	GROUP,
	/** Mine and the unassigned ones of my groups. */
	ALL,
	/**
	 * Every open task of my team, whoever holds it — for supervisors, their 시·군·구's
	 * caseworker tasks too (to balance work and reassign).
	 */
	TEAM,
	/**
	 * Tasks of absent colleagues whom I cover (or, for a supervisor, of anyone absent).
	 */
	COVER

}
