package io.bokjiflow.casework;

import java.time.Instant;
import java.util.List;

/**
 * Open tasks by due date, for system jobs (reminders) that act for nobody in particular.
 */
public interface TaskDeadlines {

	/**
	 * Open tasks due in a period.
	 * @param from due at or after
	 * @param to due before
	 * @return the tasks
	 */
	List<DueTask> dueBetween(Instant from, Instant to);

	/**
	 * An open task with its due time and who should hear of it.
	 *
	 * @param taskId the task
	 * @param taskName its name
	 * @param applicationNo the case
	 * @param dueAt when it is due
	 * @param assignee who holds it, or {@code null}
	 * @param candidateGroups the groups it is offered to
	 */
	record DueTask(String taskId, String taskName, String applicationNo, Instant dueAt, String assignee,
			List<String> candidateGroups) {
	}

}
