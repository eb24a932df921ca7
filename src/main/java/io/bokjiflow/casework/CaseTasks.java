package io.bokjiflow.casework;

import java.util.List;
import java.util.Map;

/**
 * The user-task API for the task list and task view, acting for the signed-in user and
 * limited to the tasks of their groups.
 */
public interface CaseTasks {

	/**
	 * A page of tasks, newest due first.
	 * @param scope which tasks
	 * @param offset first row
	 * @param limit rows
	 * @return the rows
	 */
	List<TaskRow> tasks(TaskScope scope, int offset, int limit);

	/**
	 * How many tasks a scope holds.
	 * @param scope which tasks
	 * @return the count
	 */
	long count(TaskScope scope);

	/**
	 * Claims a task for the user.
	 * @param taskId the task
	 * @throws io.bokjiflow.shared.UserFacingException when someone else holds it or it is
	 * gone
	 */
	void claim(String taskId);

	/**
	 * Gives a claimed task back to the group.
	 * @param taskId the task
	 */
	void unclaim(String taskId);

	/**
	 * Opens a task the user holds or may claim.
	 * @param taskId the task
	 * @return the task with its form and case file
	 */
	TaskDetails open(String taskId);

	/**
	 * Validates the form values against the task's form and completes the task.
	 * @param taskId the task (must be held by the user)
	 * @param values the form values by key
	 * @throws FormValidationException with one message key per invalid field
	 */
	void complete(String taskId, Map<String, Object> values);

}
