package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.List;

/**
 * One page of a day's resident-register change feed, in change-id order.
 *
 * @param day the feed's day
 * @param changes the changes of this page
 * @param nextAfter the change id to ask the next page after, or {@code null} on the last
 * page
 */
public record ResidentChangePage(LocalDate day, List<ResidentChange> changes, String nextAfter) {

	public ResidentChangePage {
		changes = List.copyOf(changes);
	}

}
