package io.bokjiflow.openmarket;

import java.util.List;
import java.util.Set;

/**
 * A local program's support criteria (지원 기준), the one model both evaluators read: per
 * applicant inside a process and compiled to SQL for a selection run. Every field is
 * optional ({@code null} or empty = no condition); a person qualifies when every
 * condition set holds. Stored as JSON in the program version.
 *
 * @param sex {@code "M"} or {@code "F"}
 * @param minAge the lowest age in full years (만 나이) on the reference date, inclusive
 * @param maxAge the highest age in full years on the reference date, inclusive
 * @param minResidenceMonths full months since the person moved in at the current address
 * (전입일), a person without a move-in date does not meet it
 * @param residenceCodes 시·군·구 (5 digits) or 행정동 (10 digits) codes; the person's 행정동 code
 * must start with one of them
 * @param minHouseholdSize the fewest members of the person's registered household
 * @param maxHouseholdSize the most members of the person's registered household
 * @param minChildren the fewest cohabiting children: members of the person's household
 * under {@link #CHILD_AGE_LIMIT} on the reference date
 * @param qualificationsAnyOf qualification kinds (registry
 * {@code reg_qualification.kind}), at least one valid on the reference date
 * @param maxIncomePercentOfMedian recognised income (소득인정액) of the latest registry
 * assessment at most this share of the standard median income for the assessed household
 * size
 */
public record Criteria(String sex, Integer minAge, Integer maxAge, Integer minResidenceMonths,
		List<String> residenceCodes, Integer minHouseholdSize, Integer maxHouseholdSize, Integer minChildren,
		Set<String> qualificationsAnyOf, Integer maxIncomePercentOfMedian) {

	/** Children counted by {@link #minChildren} are younger than this (아동, 18세 미만). */
	public static final int CHILD_AGE_LIMIT = 18;

	/** No condition at all: everybody qualifies. */
	public static final Criteria NONE = new Criteria(null, null, null, null, List.of(), null, null, null, Set.of(),
			null);

	public Criteria {
		residenceCodes = residenceCodes == null ? List.of() : List.copyOf(residenceCodes);
		qualificationsAnyOf = qualificationsAnyOf == null ? Set.of() : Set.copyOf(qualificationsAnyOf);
	}

}
