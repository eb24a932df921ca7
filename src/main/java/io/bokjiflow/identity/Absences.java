package io.bokjiflow.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Absence cover: a user marks when they are away and who covers; during that time their
 * tasks are visible to the cover and to their 시·군·구's supervisors.
 */
public interface Absences {

	/**
	 * Marks the signed-in user absent.
	 * @param startsOn first day
	 * @param endsOn last day
	 * @param cover a colleague of the same 시·군·구, or {@code null} for the supervisors
	 * @param note a short note, may be {@code null}
	 * @return the absence
	 * @throws io.bokjiflow.shared.UserFacingException for a bad period or cover
	 */
	Absence markAbsent(LocalDate startsOn, LocalDate endsOn, String cover, String note);

	/**
	 * Cancels one of the signed-in user's absences.
	 * @param id the absence
	 */
	void cancel(UUID id);

	/**
	 * The signed-in user's absences that have not ended.
	 * @return them, soonest first
	 */
	List<Absence> mine();

	/**
	 * Whose tasks a user covers on a day: colleagues absent that day who named them, and
	 * — for a supervisor — everyone of their 시·군·구 who is absent.
	 * @param username the user
	 * @param day the day
	 * @return the usernames
	 */
	Set<String> coveredBy(String username, LocalDate day);

	/**
	 * Colleagues a user can hand work to or be covered by: the enabled caseworkers and
	 * supervisors of their 시·군·구, without themselves.
	 * @param username the user
	 * @return them, by name
	 */
	List<CurrentUser> colleagues(String username);

}
