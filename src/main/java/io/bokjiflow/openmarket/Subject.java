package io.bokjiflow.openmarket;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * The facts about one person that {@link Criteria} are evaluated against, as the registry
 * holds them on a reference date.
 *
 * @param personId the person
 * @param sex {@code "M"} or {@code "F"}
 * @param birthDate date of birth
 * @param movedInOn move-in date at the current address, {@code null} when unknown
 * @param adminDongCode the 행정동 code of the address
 * @param householdSize members of the registered household (1 without one)
 * @param children household members younger than {@link Criteria#CHILD_AGE_LIMIT} on the
 * reference date
 * @param qualifications qualification kinds valid on the reference date
 * @param recognisedIncomeWon recognised income of the latest assessment, {@code null}
 * without one
 * @param assessedHouseholdSize household size of that assessment
 */
public record Subject(UUID personId, String sex, LocalDate birthDate, LocalDate movedInOn, String adminDongCode,
		int householdSize, int children, Set<String> qualifications, Long recognisedIncomeWon,
		Integer assessedHouseholdSize) {

	public Subject {
		qualifications = qualifications == null ? Set.of() : Set.copyOf(qualifications);
	}

}
