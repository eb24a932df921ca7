package io.bokjiflow.casework;

import java.util.Map;
import java.util.Optional;

/**
 * Drafts of task forms, kept per task and user: saved without validation (partial input
 * is the point) but type-checked against the task's form, restored when the user opens
 * the task again, and gone once the task is completed. Another user's draft is never
 * returned.
 */
public interface TaskDrafts {

	/**
	 * Saves the signed-in user's draft of a task they may see, replacing an earlier one.
	 * @param taskId the task
	 * @param values the form values as the UI holds them
	 * @return the draft as kept (values of the wrong type or unknown keys dropped)
	 * @throws io.bokjiflow.shared.UserFacingException {@code task.error.notFound} when
	 * the task is gone or not visible to the user
	 */
	TaskDraft save(String taskId, Map<String, Object> values);

	/**
	 * The signed-in user's draft of a task.
	 * @param taskId the task
	 * @return the draft, if the user saved one
	 */
	Optional<TaskDraft> find(String taskId);

	/**
	 * Discards the signed-in user's draft of a task, if any.
	 * @param taskId the task
	 */
	void discard(String taskId);

}
