package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the selection-run processes, one small delegate per task (bound by
 * {@code camunda:delegateExpression}); each hands its step to {@link SelectionSteps}.
 */
@Configuration(proxyBeanMethods = false)
class SelectionDelegates {

	/** Time zone of the next round's timer (Korea has one). */
	static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

	@Bean
	JavaDelegate selectCandidatesDelegate(SelectionSteps steps) {
		return selectCandidates(steps);
	}

	@Bean
	JavaDelegate excludeCandidatesDelegate(SelectionSteps steps) {
		return excludeCandidates(steps);
	}

	@Bean
	JavaDelegate checkBudgetDelegate(SelectionSteps steps) {
		return checkBudget(steps);
	}

	@Bean
	JavaDelegate reduceToBudgetDelegate(SelectionSteps steps) {
		return reduceToBudget(steps);
	}

	@Bean
	JavaDelegate orderPaymentBatchDelegate(SelectionSteps steps) {
		return orderPaymentBatch(steps);
	}

	@Bean
	JavaDelegate completeRunDelegate(SelectionSteps steps) {
		return completeRun(steps);
	}

	@Bean
	JavaDelegate cancelRunDelegate(SelectionSteps steps) {
		return cancelRun(steps);
	}

	@Bean
	JavaDelegate planNextRoundDelegate(SelectionSteps steps) {
		return planNextRound(steps);
	}

	@Bean
	JavaDelegate startNextRoundDelegate(SelectionSteps steps) {
		return startNextRound(steps);
	}

	static JavaDelegate selectCandidates(SelectionSteps steps) {
		return execution -> execution.setVariable(SelectionVariables.CANDIDATES,
				steps.selectCandidates(SelectionVariables.runId(execution)));
	}

	static JavaDelegate excludeCandidates(SelectionSteps steps) {
		return execution -> execution.setVariable(SelectionVariables.SELECTED,
				steps.excludeCandidates(SelectionVariables.runId(execution)));
	}

	static JavaDelegate checkBudget(SelectionSteps steps) {
		return execution -> execution.setVariable(SelectionVariables.WITHIN_BUDGET,
				steps.withinBudget(SelectionVariables.runId(execution)));
	}

	static JavaDelegate reduceToBudget(SelectionSteps steps) {
		return execution -> execution.setVariable(SelectionVariables.SELECTED,
				steps.reduceToBudget(SelectionVariables.runId(execution)));
	}

	static JavaDelegate orderPaymentBatch(SelectionSteps steps) {
		return execution -> execution.setVariable(SelectionVariables.REMAINING_TO_ORDER,
				steps.orderNextBatch(SelectionVariables.runId(execution)));
	}

	static JavaDelegate completeRun(SelectionSteps steps) {
		return execution -> steps.complete(SelectionVariables.runId(execution));
	}

	static JavaDelegate cancelRun(SelectionSteps steps) {
		return execution -> steps.cancel(SelectionVariables.runId(execution), cancelReason(execution));
	}

	static JavaDelegate planNextRound(SelectionSteps steps) {
		return execution -> {
			Optional<LocalDate> next = steps.nextRound(SelectionVariables.runId(execution));
			execution.setVariable(SelectionVariables.NEXT_ROUND, next.isPresent());
			// The timer reads an ISO date-time; 06:00 in Seoul on the round's date.
			execution.setVariable(SelectionVariables.NEXT_ROUND_AT,
					next.map(d -> d.atTime(6, 0).atZone(SEOUL).toOffsetDateTime().toString()).orElse(null));
		};
	}

	static JavaDelegate startNextRound(SelectionSteps steps) {
		return execution -> {
			UUID next = steps.startNextRound(SelectionVariables.runId(execution));
			execution.setVariable("nextRunId", next.toString());
		};
	}

	private static String cancelReason(DelegateExecution execution) {
		if (Boolean.FALSE.equals(execution.getVariable(SelectionVariables.WITHIN_BUDGET))
				&& "CANCEL".equals(execution.getVariable(SelectionVariables.BUDGET_DECISION))) {
			return "OVER_BUDGET";
		}
		Object reason = execution.getVariable(SelectionVariables.REJECTION_REASON);
		return reason == null || reason.toString().isBlank() ? "NOT_APPROVED" : reason.toString().trim();
	}

}
