package io.bokjiflow.integrity;

import java.time.LocalDate;
import java.util.List;

/**
 * Processing of the resident register's daily change feed (eligibility changes, 변동 정보):
 * each change of a known person is recorded in the registry once, which publishes
 * {@link io.bokjiflow.registry.LifeEventRecorded}; every run is kept with its counts. A
 * scheduled job processes yesterday's feed daily when
 * {@code bokjiflow.integrity.change-feed.enabled} is true.
 */
public interface EligibilityChanges {

	/**
	 * Processes a day's feed now (administrators only). Processing the same day again
	 * records nothing new: the changes count as already known.
	 * @param day the feed's day
	 * @return the run, finished (COMPLETED, or FAILED when the feed could not be fetched)
	 * @throws org.springframework.security.access.AccessDeniedException for anyone but an
	 * administrator
	 */
	FeedRun processFeed(LocalDate day);

	/**
	 * The latest runs, newest first.
	 * @param limit at most this many
	 * @return the runs
	 */
	List<FeedRun> feedRuns(int limit);

}
