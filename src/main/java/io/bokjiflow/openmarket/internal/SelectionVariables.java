package io.bokjiflow.openmarket.internal;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The process variables of the selection-run processes: ids and decisions only, the
 * candidates live in {@code om_selection_candidate}.
 */
final class SelectionVariables {

	static final String RUN_ID = "runId";

	static final String SIGUNGU_CODE = "sigunguCode";

	static final String STARTED_BY = "startedBy";

	static final String CANDIDATES = "candidates";

	static final String SELECTED = "selected";

	static final String WITHIN_BUDGET = "withinBudget";

	/** {@code REDUCE} or {@code CANCEL}, from the over-budget decision. */
	static final String BUDGET_DECISION = "budgetDecision";

	static final String APPROVED = "approved";

	static final String REJECTION_REASON = "rejectionReason";

	static final String REMAINING_TO_ORDER = "remainingToOrder";

	static final String NEXT_ROUND = "nextRound";

	/** ISO date-time of the next round's timer. */
	static final String NEXT_ROUND_AT = "nextRoundAt";

	/** The user tasks. */
	static final String TASK_APPROVE = "user_approve_recipients";

	static final String TASK_OVER_BUDGET = "user_decide_over_budget";

	private SelectionVariables() {
	}

	static UUID runId(VariableScope scope) {
		return UUID.fromString((String) scope.getVariable(RUN_ID));
	}

}
