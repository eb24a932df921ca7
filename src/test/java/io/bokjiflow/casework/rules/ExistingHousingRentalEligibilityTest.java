package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the purchased-housing rental and the jeonse rental share (their catalogue
 * entries give the same groups and ranks); each subclass names its table.
 */
abstract class ExistingHousingRentalEligibilityTest {

	private static final long ASSET_LIMIT = 241_000_000L;

	private static final long VEHICLE_LIMIT = 37_080_000L;

	abstract EligibilityTable table();

	/** An investigated homeless household of three in no qualification group. */
	private static CaseFacts household() {
		return CaseFacts.defaults().with("incomeInvestigated", true).with("homeless", true).with("householdSize", 3);
	}

	private Decision decide(CaseFacts facts) {
		return table().decide(facts);
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(decide(household().with("alive", false).with("livelihoodOrMedical", true)))
			.isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldReviewWhenIncomeAndAssetsWereNotInvestigated() {
		assertThat(decide(household().with("incomeInvestigated", false).with("livelihoodOrMedical", true)))
			.isEqualTo(ineligible("INCOME_NOT_INVESTIGATED").inReview());
	}

	@Test
	void shouldRejectHouseholdsThatOwnAHome() {
		assertThat(decide(household().with("homeless", false).with("livelihoodOrMedical", true)))
			.isEqualTo(ineligible("NOT_HOMELESS"));
	}

	@Test
	void shouldRankLivelihoodOrMedicalRecipientsFirstWithoutTheLimits() {
		CaseFacts recipient = household().with("livelihoodOrMedical", true)
			.with("basicLivelihood", true)
			.with("totalAssets", ASSET_LIMIT + 1);
		assertThat(decide(recipient)).isEqualTo(eligible("LIVELIHOOD_OR_MEDICAL").withRank(1));
	}

	@Test
	void shouldRankOtherBasicLivelihoodRecipientsFirstButReviewWhichBenefit() {
		assertThat(decide(household().with("basicLivelihood", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD_TO_CONFIRM").withRank(1).inReview());
	}

	@Test
	void shouldRankProtectedSingleParentFamiliesFirst() {
		assertThat(decide(household().with("singleParent", true).with("monthlyIncome", 9_000_000L)))
			.isEqualTo(eligible("SINGLE_PARENT").withRank(1));
	}

	@Test
	void shouldRankTheNearPoorFirst() {
		assertThat(decide(household().with("nearPoor", true).with("vehicleValue", VEHICLE_LIMIT + 1)))
			.isEqualTo(eligible("NEAR_POOR").withRank(1));
	}

	@Test
	void shouldAcceptAssetsUpToTheLimit() {
		assertThat(decide(household().with("totalAssets", ASSET_LIMIT)))
			.isEqualTo(eligible("INCOME_WITHIN_50").withRank(2));
		assertThat(decide(household().with("totalAssets", ASSET_LIMIT + 1))).isEqualTo(ineligible("OVER_ASSET_LIMIT"));
	}

	@Test
	void shouldAcceptAVehicleUpToTheLimit() {
		assertThat(decide(household().with("vehicleValue", VEHICLE_LIMIT)))
			.isEqualTo(eligible("INCOME_WITHIN_50").withRank(2));
		assertThat(decide(household().with("vehicleValue", VEHICLE_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_VEHICLE_LIMIT"));
	}

	@Test
	void shouldApplyTheLimitsToPersonsWithADisability() {
		assertThat(decide(household().with("disability", true).with("totalAssets", ASSET_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_ASSET_LIMIT"));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankPersonsWithADisabilityFirstUpTo70PercentOfTheUrbanAverage(int size) {
		long line = UrbanWorkerIncome.line(size, 70);
		CaseFacts disabled = household().with("disability", true).with("householdSize", size);
		assertThat(decide(disabled.with("monthlyIncome", line)))
			.isEqualTo(eligible("DISABILITY_WITHIN_70").withRank(1));
		assertThat(decide(disabled.with("monthlyIncome", line + 1))).isEqualTo(ineligible("OVER_INCOME_LIMIT"));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankIncomeUpToHalfTheUrbanAverageSecond(int size) {
		long line = UrbanWorkerIncome.line(size, 50);
		CaseFacts facts = household().with("householdSize", size);
		assertThat(decide(facts.with("monthlyIncome", line))).isEqualTo(eligible("INCOME_WITHIN_50").withRank(2));
		assertThat(decide(facts.with("monthlyIncome", line + 1))).isEqualTo(eligible("INCOME_WITHIN_70").withRank(3));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankIncomeUpTo70PercentOfTheUrbanAverageThirdAndRejectAbove(int size) {
		long line = UrbanWorkerIncome.line(size, 70);
		CaseFacts facts = household().with("householdSize", size);
		assertThat(decide(facts.with("monthlyIncome", line))).isEqualTo(eligible("INCOME_WITHIN_70").withRank(3));
		assertThat(decide(facts.with("monthlyIncome", line + 1))).isEqualTo(ineligible("OVER_INCOME_LIMIT"));
	}

}
