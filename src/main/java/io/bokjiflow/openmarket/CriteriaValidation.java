package io.bokjiflow.openmarket;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.shared.UserFacingException;

/**
 * Checks {@link Criteria} a local official entered before they are stored or evaluated,
 * rejecting each mistake with a message key of the Korean and English bundles.
 */
public final class CriteriaValidation {

	/** The oldest age a criterion may name. */
	public static final int MAX_AGE = 130;

	/**
	 * The lowest share of the standard median income a criterion may name, in percent.
	 */
	public static final int MIN_INCOME_PERCENT = 1;

	/**
	 * The highest share of the standard median income a criterion may name, in percent.
	 */
	public static final int MAX_INCOME_PERCENT = 300;

	/**
	 * The qualification kinds the registry holds ({@code reg_qualification.kind}): the
	 * names of {@link QualificationKind}, the only kinds public data confirms and the
	 * synthetic population writes.
	 */
	public static final Set<String> QUALIFICATION_KINDS = Arrays.stream(QualificationKind.values())
		.map(Enum::name)
		.collect(Collectors.toUnmodifiableSet());

	private CriteriaValidation() {
	}

	/**
	 * Throws on the first invalid value.
	 * @param criteria the criteria to check
	 * @return the same criteria, for chaining
	 * @throws UserFacingException with a key {@code openmarket.criteria.*}
	 */
	public static Criteria validate(Criteria criteria) {
		if (criteria == null) {
			throw new IllegalArgumentException("criteria must not be null");
		}
		if (criteria.sex() != null && !"M".equals(criteria.sex()) && !"F".equals(criteria.sex())) {
			throw new UserFacingException("openmarket.criteria.error.sex", criteria.sex());
		}
		nonNegative("minAge", criteria.minAge());
		nonNegative("maxAge", criteria.maxAge());
		nonNegative("minResidenceMonths", criteria.minResidenceMonths());
		nonNegative("minHouseholdSize", criteria.minHouseholdSize());
		nonNegative("maxHouseholdSize", criteria.maxHouseholdSize());
		nonNegative("minChildren", criteria.minChildren());
		for (Integer age : new Integer[] { criteria.minAge(), criteria.maxAge() }) {
			if (age != null && age > MAX_AGE) {
				throw new UserFacingException("openmarket.criteria.error.age", age, MAX_AGE);
			}
		}
		ordered("age", criteria.minAge(), criteria.maxAge());
		ordered("householdSize", criteria.minHouseholdSize(), criteria.maxHouseholdSize());
		for (String code : criteria.residenceCodes()) {
			if (code == null || !(code.length() == 5 || code.length() == 10)
					|| !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
				throw new UserFacingException("openmarket.criteria.error.residenceCode", String.valueOf(code));
			}
		}
		for (String kind : criteria.qualificationsAnyOf()) {
			if (!QUALIFICATION_KINDS.contains(kind)) {
				throw new UserFacingException("openmarket.criteria.error.qualification", String.valueOf(kind));
			}
		}
		Integer percent = criteria.maxIncomePercentOfMedian();
		if (percent != null && (percent < MIN_INCOME_PERCENT || percent > MAX_INCOME_PERCENT)) {
			throw new UserFacingException("openmarket.criteria.error.incomePercent", percent, MIN_INCOME_PERCENT,
					MAX_INCOME_PERCENT);
		}
		return criteria;
	}

	private static void nonNegative(String field, Integer value) {
		if (value != null && value < 0) {
			throw new UserFacingException("openmarket.criteria.error.negative." + field, value);
		}
	}

	private static void ordered(String field, Integer min, Integer max) {
		if (min != null && max != null && min > max) {
			throw new UserFacingException("openmarket.criteria.error.range." + field, min, max);
		}
	}

}
