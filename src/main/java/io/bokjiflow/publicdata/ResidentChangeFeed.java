package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.List;

/**
 * The resident register's daily change feed (주민등록 변동 정보: deaths, deregistrations,
 * emigrations, moves, qualification changes), fetched over HTTP from the public-data
 * gateway (by default this instance's SIMULATOR). A page that fails is asked again a few
 * times before a {@link PublicDataUnavailableException} (source
 * {@link PublicDataSource#RESIDENT_REGISTER}) ends the fetch.
 */
public interface ResidentChangeFeed {

	/**
	 * One page of a day's changes.
	 * @param day the feed's day
	 * @param after the change id the page starts after, {@code null} for the first page
	 * @param size at most this many changes (1–1000)
	 * @return the page
	 */
	ResidentChangePage page(LocalDate day, String after, int size);

	/**
	 * Every change of a day, page by page.
	 * @param day the feed's day
	 * @return the changes in change-id order
	 */
	List<ResidentChange> changes(LocalDate day);

}
