package io.bokjiflow.casework;

/**
 * A case is blocked: a step failed after its retries and waits for a person (an
 * incident).
 *
 * @param applicationNo the case
 * @param activityId the step that failed
 * @param message the engine's message (technical; for operators)
 */
public record CaseIncidentRaised(String applicationNo, String activityId, String message) {
}
