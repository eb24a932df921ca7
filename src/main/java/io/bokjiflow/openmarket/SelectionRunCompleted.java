package io.bokjiflow.openmarket;

import java.util.UUID;

/**
 * Every payment of a selection run was ordered.
 *
 * @param runId the run
 * @param runNo its number
 * @param programCode the program
 * @param sigunguCode the program's 시·군·구
 * @param recipients payments ordered
 * @param amountWon their total
 */
public record SelectionRunCompleted(UUID runId, String runNo, String programCode, String sigunguCode, long recipients,
		long amountWon) {
}
