package io.bokjiflow.casework;

/**
 * A case is blocked: a step failed after its retries and waits for a person (an
 * incident).
 *
 * @param applicationNo the case
 * @param sigunguCode the 시·군·구 whose caseworkers handle it, or {@code null}
 * @param activityId the step that failed
 * @param message the engine's message (technical; for operators)
 */
public record CaseIncidentRaised(String applicationNo, String sigunguCode, String activityId, String message) {
}
