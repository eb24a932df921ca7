package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 개발제한구역 주민지원: income at most the urban average (S40); residence is checked by hand. */
class GreenbeltResidentSupportEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("greenbelt-resident-support");

	private static CaseFacts household(int size) {
		return CaseFacts.defaults().with("incomeInvestigated", true).with("householdSize", size);
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(table.decide(household(2).with("alive", false))).isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldReviewWhenIncomeAndAssetsWereNotInvestigated() {
		assertThat(table.decide(household(2).with("incomeInvestigated", false)))
			.isEqualTo(ineligible("INCOME_NOT_INVESTIGATED").inReview());
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldAcceptIncomeUpToTheUrbanAverageAndReviewTheResidence(int size) {
		long line = UrbanWorkerIncome.line(size, 100);
		assertThat(table.decide(household(size).with("monthlyIncome", line)))
			.isEqualTo(eligible("INCOME_WITHIN_100").inReview());
		assertThat(table.decide(household(size).with("monthlyIncome", line + 1)))
			.isEqualTo(ineligible("OVER_INCOME_LIMIT"));
	}

}
