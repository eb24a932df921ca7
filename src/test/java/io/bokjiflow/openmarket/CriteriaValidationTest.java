package io.bokjiflow.openmarket;

import java.util.List;
import java.util.Set;

import io.bokjiflow.shared.UserFacingException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every mistake a local official can make in criteria gets its own message key.
 */
class CriteriaValidationTest {

	private static Criteria sex(String sex) {
		return new Criteria(sex, null, null, null, null, null, null, null, null, null);
	}

	private static void rejects(Criteria c, String key) {
		assertThatThrownBy(() -> CriteriaValidation.validate(c)).isInstanceOf(UserFacingException.class)
			.extracting(ex -> ((UserFacingException) ex).messageKey())
			.isEqualTo(key);
	}

	@Test
	void shouldAcceptValidCriteria() {
		Criteria c = new Criteria("F", 0, 130, 0, List.of("11110", "1111051500"), 1, 1, 0,
				Set.of("BASIC_LIVELIHOOD", "MULTICULTURAL_FAMILY"), 1);

		assertThat(CriteriaValidation.validate(c)).isSameAs(c);
		assertThat(CriteriaValidation.validate(Criteria.NONE)).isSameAs(Criteria.NONE);
		CriteriaValidation.validate(sex("M"));
		CriteriaValidation.validate(new Criteria(null, null, null, null, null, null, null, null, null, 300));
	}

	@Test
	void shouldRejectASexOtherThanMOrF() {
		rejects(sex("m"), "openmarket.criteria.error.sex");
		rejects(sex(""), "openmarket.criteria.error.sex");
		rejects(sex("F' or '1'='1"), "openmarket.criteria.error.sex");
	}

	@Test
	void shouldRejectNegativeValues() {
		rejects(new Criteria(null, -1, null, null, null, null, null, null, null, null),
				"openmarket.criteria.error.negative.minAge");
		rejects(new Criteria(null, null, -1, null, null, null, null, null, null, null),
				"openmarket.criteria.error.negative.maxAge");
		rejects(new Criteria(null, null, null, -1, null, null, null, null, null, null),
				"openmarket.criteria.error.negative.minResidenceMonths");
		rejects(new Criteria(null, null, null, null, null, -1, null, null, null, null),
				"openmarket.criteria.error.negative.minHouseholdSize");
		rejects(new Criteria(null, null, null, null, null, null, -1, null, null, null),
				"openmarket.criteria.error.negative.maxHouseholdSize");
		rejects(new Criteria(null, null, null, null, null, null, null, -1, null, null),
				"openmarket.criteria.error.negative.minChildren");
	}

	@Test
	void shouldRejectInvertedRangesAndAgesAbove130() {
		rejects(new Criteria(null, 66, 65, null, null, null, null, null, null, null),
				"openmarket.criteria.error.range.age");
		rejects(new Criteria(null, null, null, null, null, 3, 2, null, null, null),
				"openmarket.criteria.error.range.householdSize");
		rejects(new Criteria(null, 131, null, null, null, null, null, null, null, null),
				"openmarket.criteria.error.age");
		rejects(new Criteria(null, null, 131, null, null, null, null, null, null, null),
				"openmarket.criteria.error.age");
		CriteriaValidation.validate(new Criteria(null, 65, 65, null, null, 2, 2, null, null, null));
	}

	@Test
	void shouldRejectResidenceCodesThatAreNot5Or10Digits() {
		for (String code : List.of("1111", "111105", "11110515000", "1111O", "11110%", "", "１１１１０", "11110 ")) {
			rejects(new Criteria(null, null, null, null, List.of(code), null, null, null, null, null),
					"openmarket.criteria.error.residenceCode");
		}
	}

	@Test
	void shouldRejectUnknownQualificationKinds() {
		rejects(new Criteria(null, null, null, null, null, null, null, null, Set.of("BASIC_LIVELIHOOD", "RICH"), null),
				"openmarket.criteria.error.qualification");
		rejects(new Criteria(null, null, null, null, null, null, null, null, Set.of("basic_livelihood"), null),
				"openmarket.criteria.error.qualification");
	}

	@Test
	void shouldRejectIncomeSharesOutside1To300Percent() {
		rejects(new Criteria(null, null, null, null, null, null, null, null, null, 0),
				"openmarket.criteria.error.incomePercent");
		rejects(new Criteria(null, null, null, null, null, null, null, null, null, 301),
				"openmarket.criteria.error.incomePercent");
	}

}
