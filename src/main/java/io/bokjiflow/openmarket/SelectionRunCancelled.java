package io.bokjiflow.openmarket;

import java.util.UUID;

/**
 * A selection run was cancelled before any payment (over budget, or not approved).
 *
 * @param runId the run
 * @param runNo its number
 * @param sigunguCode the program's 시·군·구
 * @param reason why
 */
public record SelectionRunCancelled(UUID runId, String runNo, String sigunguCode, String reason) {
}
