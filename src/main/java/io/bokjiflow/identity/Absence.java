package io.bokjiflow.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A user's absence and who covers their tasks meanwhile.
 *
 * @param id the absence
 * @param username who is away
 * @param startsOn first day away
 * @param endsOn last day away
 * @param cover the colleague who covers, or {@code null} (then the supervisors do)
 * @param note a short note (e.g. 연가, 교육)
 */
public record Absence(UUID id, String username, LocalDate startsOn, LocalDate endsOn, String cover, String note) {

	/** Whether the absence includes a day. */
	public boolean covers(LocalDate day) {
		return !day.isBefore(this.startsOn) && !day.isAfter(this.endsOn);
	}

}
