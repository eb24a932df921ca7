package io.bokjiflow.identity;

/**
 * The per-object Camunda grants that keep supervisors to their 시·군·구: the identity module
 * grants {@code supervisors-<code>} READ on each process instance and task of their
 * district as they start; a module that moves a case to another 시·군·구 moves the grants
 * with it.
 */
public interface DistrictGrants {

	/**
	 * Moves the supervisors' reads of a case from one 시·군·구 to another: the process
	 * instance tree the instance belongs to (the root and every instance it called,
	 * running or finished, with their history). Task grants follow the tasks' candidate
	 * groups by themselves. Runs in the caller's engine transaction when called from a
	 * delegate or listener.
	 * @param processInstanceId any instance of the case's tree
	 * @param fromSigunguCode the 시·군·구 the case leaves
	 * @param toSigunguCode the 시·군·구 the case moves to
	 */
	void moveCase(String processInstanceId, String fromSigunguCode, String toSigunguCode);

}
