package io.bokjiflow.openmarket;

import java.util.UUID;

/**
 * A selection run was started.
 *
 * @param runId the run
 * @param runNo its number
 * @param programCode the program
 * @param sigunguCode the program's 시·군·구
 */
public record SelectionRunStarted(UUID runId, String runNo, String programCode, String sigunguCode) {
}
