package io.bokjiflow.reliability;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine removes expired history by itself every night: without a batch window no
 * history was ever cleaned up unless somebody started it by hand.
 */
class HistoryCleanupIT extends IntegrationTest {

	@Autowired
	private ProcessEngine engine;

	@Autowired
	private HistoryService history;

	@Test
	void shouldScheduleTheNightlyHistoryCleanupInsideItsWindow() {
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
		assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
		assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
		assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");

		List<Job> jobs = this.history.findHistoryCleanupJobs();

		assertThat(jobs).isNotEmpty();
		for (Job job : jobs) {
			LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
			assertThat(due).as("due inside the window").isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
		}
	}

}
