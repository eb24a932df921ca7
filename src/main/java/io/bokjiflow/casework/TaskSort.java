package io.bokjiflow.casework;

/**
 * The orders the task list offers. Ties fall back to creation time and task id, so paging
 * is stable.
 */
public enum TaskSort {

	/** By due date (no due date last). */
	DUE,
	/** By when the task was created. */
	CREATED,
	/** By when the case was applied for. */
	APPLIED,
	/** By task priority, highest first when descending. */
	PRIORITY,
	/** By program code. */
	PROGRAM,
	/** By application number. */
	APPLICATION_NO

}
