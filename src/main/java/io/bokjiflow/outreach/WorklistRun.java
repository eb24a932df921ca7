package io.bokjiflow.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * One run of the missing-service finder over the residents of a 행정동.
 *
 * @param id the run
 * @param adminDongCode the 행정동
 * @param startedBy the caseworker
 * @param startedAt when
 * @param finishedAt when it ended, {@code null} while running
 * @param status RUNNING, COMPLETED or FAILED
 * @param residents living residents to evaluate
 * @param evaluated residents evaluated so far (progress)
 * @param found candidates found (new or seen again)
 */
public record WorklistRun(UUID id, String adminDongCode, String startedBy, Instant startedAt, Instant finishedAt,
		String status, int residents, int evaluated, int found) {

	/** Whether the run has ended. */
	public boolean finished() {
		return !"RUNNING".equals(this.status);
	}

}
