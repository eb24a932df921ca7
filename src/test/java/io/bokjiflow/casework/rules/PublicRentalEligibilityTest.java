package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 공공임대주택 (5·10년): homeless, property and car under the limits, income within 100%. */
class PublicRentalEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("public-rental");

	private static final long ASSET_LIMIT = 215_500_000L;

	private static final long VEHICLE_LIMIT = 37_080_000L;

	private static CaseFacts household(int size) {
		return CaseFacts.defaults().with("incomeInvestigated", true).with("homeless", true).with("householdSize", size);
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

	@Test
	void shouldRejectHouseholdsThatOwnAHome() {
		assertThat(table.decide(household(2).with("homeless", false))).isEqualTo(ineligible("NOT_HOMELESS"));
	}

	@Test
	void shouldAcceptAssetsUpToTheLimit() {
		assertThat(table.decide(household(2).with("totalAssets", ASSET_LIMIT)))
			.isEqualTo(eligible("INCOME_WITHIN_70").withRank(1));
		assertThat(table.decide(household(2).with("totalAssets", ASSET_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_ASSET_LIMIT"));
	}

	@Test
	void shouldAcceptAVehicleUpToTheLimit() {
		assertThat(table.decide(household(2).with("vehicleValue", VEHICLE_LIMIT)))
			.isEqualTo(eligible("INCOME_WITHIN_70").withRank(1));
		assertThat(table.decide(household(2).with("vehicleValue", VEHICLE_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_VEHICLE_LIMIT"));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankIncomeUpTo70PercentOfTheUrbanAverageFirst(int size) {
		long line = UrbanWorkerIncome.line(size, 70);
		assertThat(table.decide(household(size).with("monthlyIncome", line)))
			.isEqualTo(eligible("INCOME_WITHIN_70").withRank(1));
		assertThat(table.decide(household(size).with("monthlyIncome", line + 1)))
			.isEqualTo(eligible("INCOME_WITHIN_100").withRank(2));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankIncomeUpToTheUrbanAverageSecondAndRejectAbove(int size) {
		long line = UrbanWorkerIncome.line(size, 100);
		assertThat(table.decide(household(size).with("monthlyIncome", line)))
			.isEqualTo(eligible("INCOME_WITHIN_100").withRank(2));
		assertThat(table.decide(household(size).with("monthlyIncome", line + 1)))
			.isEqualTo(ineligible("OVER_INCOME_LIMIT"));
	}

}
