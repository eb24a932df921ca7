package io.bokjiflow.openmarket;

import java.util.UUID;

/**
 * A selection run moved on: candidates checked, a decision taken, or a batch of payments
 * ordered (published per committed batch, for progress bars).
 *
 * @param runId the run
 * @param sigunguCode the program's 시·군·구
 * @param status where it is now
 * @param ordered payments ordered so far
 */
public record SelectionRunProgressed(UUID runId, String sigunguCode, SelectionRun.Status status, long ordered) {
}
