package io.bokjiflow.openmarket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One selection run of a program without an application (one process instance, business
 * key = {@link #runNo()}).
 *
 * @param id the run's id
 * @param runNo its number, e.g. {@code SEL-2026-000012}
 * @param programCode the program
 * @param versionId the program version whose criteria and amount the run uses
 * @param sigunguCode the 시·군·구 that runs the program
 * @param taskType holiday consolation or seasonal heating
 * @param referenceDate the date the criteria were evaluated on
 * @param round 1 for a one-off run; the payment round of a season (1, 2, …)
 * @param status where the run is
 * @param amountWon the amount per recipient
 * @param startedBy who started it
 * @param approvedBy the supervisor who approved the recipients
 * @param processInstanceId the process instance
 * @param createdAt when it started
 * @param completedAt when every payment was ordered, or it was cancelled
 */
public record SelectionRun(UUID id, String runNo, String programCode, UUID versionId, String sigunguCode,
		TaskType taskType, LocalDate referenceDate, int round, Status status, long amountWon, String startedBy,
		String approvedBy, String processInstanceId, Instant createdAt, Instant completedAt) {

	/** Where a run is. */
	public enum Status {

		/** Selecting and checking candidates. */
		SELECTING,
		/** Over budget: waiting for a supervisor to reduce or cancel. */
		AWAITING_BUDGET_DECISION,
		/** Waiting for a supervisor's approval of the recipients. */
		AWAITING_APPROVAL,
		/** Ordering the payments in batches. */
		ORDERING,
		/** Every payment ordered. */
		COMPLETED,
		/** Cancelled (over budget or not approved). */
		CANCELLED

	}

}
