package io.bokjiflow.openmarket;

import java.util.Map;
import java.util.UUID;

/**
 * How far a selection run is: the candidates by outcome, the payments ordered so far and
 * their results.
 *
 * @param runId the run
 * @param status where it is
 * @param candidates persons the criteria selected
 * @param outcomes candidates by outcome (every outcome present, 0 when none)
 * @param ordered payments ordered so far
 * @param paid payments the bank confirmed
 * @param failed payments that failed
 * @param amountWon the amount of the selected recipients (selected × amount)
 * @param orderedAmountWon the amount ordered so far
 */
public record SelectionProgress(UUID runId, SelectionRun.Status status, long candidates,
		Map<SelectionOutcome, Long> outcomes, long ordered, long paid, long failed, long amountWon,
		long orderedAmountWon) {

	public SelectionProgress {
		outcomes = Map.copyOf(outcomes);
	}

	/** The recipients to pay. */
	public long selected() {
		return this.outcomes.getOrDefault(SelectionOutcome.SELECTED, 0L);
	}

	/** The candidates excluded for any reason. */
	public long excluded() {
		return this.candidates - selected();
	}

	/** The share of the selected recipients ordered so far, 0 to 1. */
	public double orderedShare() {
		long selected = selected();
		return selected == 0 ? (this.status == SelectionRun.Status.COMPLETED ? 1 : 0)
				: (double) this.ordered / selected;
	}

}
