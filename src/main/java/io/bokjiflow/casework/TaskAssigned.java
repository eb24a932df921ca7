package io.bokjiflow.casework;

/**
 * A user task got a (new) assignee — by a claim, a reassignment, a delegation or the
 * engine. Published after the change commits.
 *
 * @param taskId the task
 * @param taskName its name
 * @param applicationNo the case, or {@code null} outside a case
 * @param assignee who holds it now
 * @param assignedBy who made the change, or {@code null} for the engine
 */
public record TaskAssigned(String taskId, String taskName, String applicationNo, String assignee, String assignedBy) {
}
