package io.bokjiflow.casework;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.identity.CurrentUser;

/**
 * The user-task API for the task list and task view, acting for the signed-in user and
 * limited to the tasks of their groups (and of absent colleagues they cover).
 */
public interface CaseTasks {

	/**
	 * A page of tasks.
	 * @param filter which tasks, in which order
	 * @param offset first row
	 * @param limit rows
	 * @return the rows
	 */
	List<TaskRow> tasks(TaskFilter filter, int offset, int limit);

	/**
	 * How many tasks a filter holds.
	 * @param filter which tasks
	 * @return the count
	 */
	long count(TaskFilter filter);

	/**
	 * A page of a scope's tasks by due date.
	 * @param scope which tasks
	 * @param offset first row
	 * @param limit rows
	 * @return the rows
	 */
	default List<TaskRow> tasks(TaskScope scope, int offset, int limit) {
		return tasks(TaskFilter.of(scope), offset, limit);
	}

	/**
	 * How many tasks a scope holds.
	 * @param scope which tasks
	 * @return the count
	 */
	default long count(TaskScope scope) {
		return count(TaskFilter.of(scope));
	}

	/**
	 * Claims a task for the user — an unassigned one of their groups, or one held by an
	 * absent colleague they cover (a take-over).
	 * @param taskId the task
	 * @throws io.bokjiflow.shared.UserFacingException when someone else holds it or it is
	 * gone
	 */
	void claim(String taskId);

	/**
	 * Claims several tasks; each succeeds or is refused on its own.
	 * @param taskIds the tasks
	 * @return what was claimed and why the rest was not
	 */
	BulkResult claimAll(Collection<String> taskIds);

	/**
	 * Gives a claimed task back to the group.
	 * @param taskId the task
	 */
	void unclaim(String taskId);

	/**
	 * Hands tasks to a colleague: a supervisor for their team's tasks, anyone for tasks
	 * they hold or cover. The colleague must be a candidate of each task.
	 * @param taskIds the tasks
	 * @param username the colleague
	 * @return what was reassigned and why the rest was not
	 */
	BulkResult reassign(Collection<String> taskIds, String username);

	/**
	 * Delegates a task the user holds to a colleague, who works on it and resolves it
	 * back; the user stays its owner.
	 * @param taskId the task
	 * @param username the colleague
	 */
	void delegate(String taskId, String username);

	/**
	 * The colleagues tasks can go to (caseworkers and supervisors of the user's 시·군·구).
	 * @return them, by name
	 */
	List<CurrentUser> colleagues();

	/**
	 * Opens a task the user holds or may claim.
	 * @param taskId the task
	 * @return the task with its form and case file
	 */
	TaskDetails open(String taskId);

	/**
	 * Validates the form values against the task's form and completes the task (for a
	 * delegated task: resolves it back to its owner).
	 * @param taskId the task (must be held by the user)
	 * @param values the form values by key
	 * @throws FormValidationException with one message key per invalid field
	 */
	void complete(String taskId, Map<String, Object> values);

	/**
	 * The user's saved filters and those shared in their organisation.
	 * @return them, own first, by name
	 */
	List<SavedTaskFilter> savedFilters();

	/**
	 * Saves (or replaces, by name) a filter of the user's.
	 * @param name its name (1–80 characters)
	 * @param shared whether the organisation sees it
	 * @param filter the filter
	 * @return the saved filter
	 */
	SavedTaskFilter saveFilter(String name, boolean shared, TaskFilter filter);

	/**
	 * Deletes one of the user's own filters.
	 * @param id the filter
	 */
	void deleteFilter(UUID id);

}
