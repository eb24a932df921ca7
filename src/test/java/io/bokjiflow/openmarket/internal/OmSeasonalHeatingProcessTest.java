package io.bokjiflow.openmarket.internal;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.openmarket.TaskType;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * Task type 10, 난방비 (processes/openmarket/om-seasonal-heating.bpmn): one process instance
 * per monthly round with the shared paths of {@link SelectionProcessTestBase}; after a
 * round it waits until the same day next month and starts the next round as a run of its
 * own while the season lasts.
 */
class OmSeasonalHeatingProcessTest extends SelectionProcessTestBase {

	static final String PLAN = "service_plan_next_round";

	static final String TIMER = "timer_until_next_round";

	static final String START_NEXT = "service_start_next_round";

	@Override
	protected String processKey() {
		return TaskType.SEASONAL_HEATING.processKey();
	}

	@Override
	String completedEnd() {
		return "end_season_over";
	}

	@Test
	void shouldWaitUntilTheSameDayNextMonthAndStartTheNextRoundAsARunOfItsOwn() {
		LocalDate next = LocalDate.of(2026, 12, 15);
		UUID nextRun = UUID.randomUUID();
		when(this.steps.withinBudget(this.runId)).thenReturn(true);
		when(this.steps.orderNextBatch(this.runId)).thenReturn(0L);
		when(this.steps.nextRound(this.runId)).thenReturn(Optional.of(next));
		when(this.steps.startNextRound(this.runId)).thenReturn(nextRun);
		ProcessInstance pi = startAndSelect();
		complete(APPROVE, SUPERVISOR, Map.of(SelectionVariables.APPROVED, true));
		runAsyncJobs(this.runNo);

		assertThat(pi).isWaitingAtExactly(TIMER).hasPassedInOrder(ORDER, COMPLETE, PLAN);
		verify(this.steps).complete(this.runId);
		Job timer = this.engine.getManagementService()
			.createJobQuery()
			.processInstanceId(pi.getId())
			.timers()
			.singleResult();
		assertThat(timer.getDuedate())
			.isEqualTo(Date.from(ZonedDateTime.of(next.atTime(6, 0), SelectionDelegates.SEOUL).toInstant()));
		verify(this.steps, never()).startNextRound(any());

		this.engine.getManagementService().executeJob(timer.getId());

		assertThat(pi).isEnded().hasPassedInOrder(PLAN, TIMER, START_NEXT, "end_next_round_started");
		verify(this.steps).startNextRound(this.runId);
		assertThat(historicVariable(pi, "nextRunId")).isEqualTo(nextRun.toString());
	}

	@Test
	void shouldEndTheSeasonAfterItsLastRound() {
		when(this.steps.withinBudget(this.runId)).thenReturn(true);
		when(this.steps.orderNextBatch(this.runId)).thenReturn(0L);
		ProcessInstance pi = startAndSelect();
		complete(APPROVE, SUPERVISOR, Map.of(SelectionVariables.APPROVED, true));
		runAsyncJobs(this.runNo);

		assertThat(pi).isEnded().hasPassedInOrder(COMPLETE, PLAN, "end_season_over").hasNotPassed(TIMER);
		verify(this.steps, never()).startNextRound(any());
	}

}
