package io.bokjiflow.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One processing of a day's resident-register change feed and what came of its changes.
 *
 * @param id the run
 * @param feedDay the feed's day
 * @param startedAt when it started
 * @param finishedAt when it finished, {@code null} while running
 * @param status RUNNING, COMPLETED or FAILED (the feed could not be fetched)
 * @param runBy the administrator, or {@code system} for the scheduled job
 * @param changes changes the feed delivered
 * @param recorded changes recorded now (each published once)
 * @param alreadyKnown changes recorded by an earlier run
 * @param unknownPerson changes of persons the registry does not know
 * @param failed changes that could not be recorded (retried by the next run)
 * @param error why the run failed, without personal data
 */
public record FeedRun(UUID id, LocalDate feedDay, Instant startedAt, Instant finishedAt, String status, String runBy,
		int changes, int recorded, int alreadyKnown, int unknownPerson, int failed, String error) {
}
