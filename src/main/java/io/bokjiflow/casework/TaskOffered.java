package io.bokjiflow.casework;

/**
 * A user task was offered to a group (a candidate group was added).
 *
 * @param taskId the task
 * @param applicationNo the case, or {@code null} outside a case
 * @param group the candidate group, e.g. {@code caseworkers-11680}
 */
public record TaskOffered(String taskId, String applicationNo, String group) {
}
