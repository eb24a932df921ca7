package io.bokjiflow.casework;

import java.time.Instant;
import java.util.Map;

/**
 * Form values a user saved for a task without completing it.
 *
 * @param taskId the task
 * @param values the values by field key, in the shape the form UI uses (lists stay lists)
 * @param savedAt when they were saved
 */
public record TaskDraft(String taskId, Map<String, Object> values, Instant savedAt) {
}
