package io.bokjiflow.publicdata;

import java.time.LocalDate;

/**
 * Plants changes into the SIMULATOR's resident-register change feed (tests and demos;
 * also over HTTP at {@code POST /simulator/admin/resident-changes}). Synthetic data only.
 */
public interface SimulatorResidentChanges {

	/**
	 * Plants a change into a day's feed; planting the same change id again changes
	 * nothing. Where the simulator's register knows the person, their simulated record
	 * follows (status, 행정동, qualification), as the real register would show it.
	 * @param feedDay the day whose feed delivers the change
	 * @param change the change
	 * @return whether it was new
	 */
	boolean plant(LocalDate feedDay, ResidentChange change);

	/**
	 * Removes every planted change of a day's feed (tests that plant into a day they
	 * own).
	 * @param feedDay the day
	 * @return how many were removed
	 */
	int clear(LocalDate feedDay);

}
