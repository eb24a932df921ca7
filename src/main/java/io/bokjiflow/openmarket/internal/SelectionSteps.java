package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.openmarket.SelectionRun;

/**
 * The steps of a selection run as the BPMN calls them (one method per service task), so
 * that the process tests can drive the models without a database.
 */
interface SelectionSteps {

	/** Selects by the version's criteria and stores the candidates; returns how many. */
	long selectCandidates(UUID runId);

	/**
	 * Excludes the already paid and the conflicting; returns the selected left.
	 */
	long excludeCandidates(UUID runId);

	/** Whether selected × amount fits the remaining budget of the program's year. */
	boolean withinBudget(UUID runId);

	/** Marks the run as waiting for a person. */
	void awaiting(UUID runId, SelectionRun.Status status);

	/** Records a supervisor's decision on a run over budget. */
	void recordBudgetDecision(UUID runId, String decision, String decidedBy);

	/** Keeps the recipients the budget pays (oldest first); returns how many remain. */
	long reduceToBudget(UUID runId);

	/** Records the approval of the recipients. */
	void recordApproval(UUID runId, String approvedBy);

	/**
	 * Orders the payments of the next batch of selected persons not yet ordered, in one
	 * transaction; returns how many are still to order.
	 */
	long orderNextBatch(UUID runId);

	/** Closes a run whose payments are all ordered. */
	void complete(UUID runId);

	/** Cancels a run. */
	void cancel(UUID runId, String reason);

	/** The reference date of the next payment round of a season, if any. */
	Optional<LocalDate> nextRound(UUID runId);

	/** Starts the next payment round of a season as a run of its own. */
	UUID startNextRound(UUID runId);

}
