package io.bokjiflow.openmarket;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Selection runs without an application (task types 9 and 10, 명절위문금 and 난방비): the
 * recipients are selected from the registry by the program version's criteria, checked
 * (deceased, deregistered, already paid, conflicting benefits, budget), approved by a
 * supervisor other than the starter (four eyes) and paid in batches.
 */
public interface SelectionRuns {

	/**
	 * How a run number (the business key of its process and of its approval tasks)
	 * begins.
	 */
	String RUN_NO_PREFIX = "SEL-";

	/**
	 * Starts a run of a selection-type program on a reference date; only a local official
	 * or supervisor of the program's 시·군·구.
	 * @param programCode the program (its task type must be
	 * {@link TaskType#HOLIDAY_CONSOLATION} or {@link TaskType#SEASONAL_HEATING})
	 * @param referenceDate the date the criteria are evaluated on (ages, residence,
	 * status)
	 * @return the new run
	 */
	SelectionRun start(String programCode, LocalDate referenceDate);

	/**
	 * One run.
	 * @param runId the run
	 * @return the run, empty when unknown or not visible to the current user
	 */
	Optional<SelectionRun> run(UUID runId);

	/**
	 * Where a run stands: selected, excluded by reason, ordered, paid, failed, amount.
	 * @param runId the run
	 * @return the progress
	 */
	SelectionProgress progress(UUID runId);

	/**
	 * The runs of a 시·군·구, newest first.
	 * @param sigunguCode the 시·군·구
	 * @return the runs
	 */
	List<SelectionRun> runs(String sigunguCode);

	/**
	 * Approves the recipients of a run waiting for approval (대상자 확정 승인): a supervisor of
	 * the program's 시·군·구 who did not start the run.
	 * @param runId the run
	 */
	void approve(UUID runId);

	/**
	 * Cancels a run waiting for approval instead of approving it (same rule as
	 * {@link #approve(UUID)}).
	 * @param runId the run
	 * @param reason why
	 */
	void reject(UUID runId, String reason);

	/**
	 * Decides a run over budget: reduce it to the budget (the oldest persons first) or
	 * cancel it; a supervisor of the program's 시·군·구.
	 * @param runId the run
	 * @param decision reduce or cancel
	 */
	void decideOverBudget(UUID runId, BudgetDecision decision);

	/**
	 * The open user task of a run (approval or budget decision), for a link to it.
	 * @param runId the run
	 * @return the task id, empty when the run waits for nobody
	 */
	Optional<String> openTask(UUID runId);

	/** What a supervisor decides for a run over budget. */
	enum BudgetDecision {

		/** Keep as many recipients as the budget pays, by priority (oldest first). */
		REDUCE,
		/** Cancel the run. */
		CANCEL

	}

}
