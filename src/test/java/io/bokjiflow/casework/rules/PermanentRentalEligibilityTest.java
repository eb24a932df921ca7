package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 영구임대주택: qualification groups first, then the limits, then the other groups. */
class PermanentRentalEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("permanent-rental");

	private static final long ASSET_LIMIT = 241_000_000L;

	private static final long VEHICLE_LIMIT = 37_080_000L;

	/** An investigated homeless household of three in no group yet. */
	private static CaseFacts household() {
		return CaseFacts.defaults().with("incomeInvestigated", true).with("homeless", true).with("householdSize", 3);
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(table.decide(household().with("alive", false).with("livelihoodOrMedical", true)))
			.isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldReviewWhenIncomeAndAssetsWereNotInvestigated() {
		assertThat(table.decide(household().with("incomeInvestigated", false).with("livelihoodOrMedical", true)))
			.isEqualTo(ineligible("INCOME_NOT_INVESTIGATED").inReview());
	}

	@Test
	void shouldRejectHouseholdsThatOwnAHome() {
		assertThat(table.decide(household().with("homeless", false).with("livelihoodOrMedical", true)))
			.isEqualTo(ineligible("NOT_HOMELESS"));
	}

	@Test
	void shouldRankLivelihoodOrMedicalRecipientsFirstWithoutTheLimits() {
		CaseFacts wealthyOnPaper = household().with("livelihoodOrMedical", true)
			.with("monthlyIncome", 9_000_000L)
			.with("totalAssets", ASSET_LIMIT + 1);
		assertThat(table.decide(wealthyOnPaper)).isEqualTo(eligible("LIVELIHOOD_OR_MEDICAL").withRank(1));
	}

	@Test
	void shouldRankProtectedSingleParentFamiliesFirst() {
		assertThat(table.decide(household().with("singleParent", true).with("vehicleValue", VEHICLE_LIMIT + 1)))
			.isEqualTo(eligible("SINGLE_PARENT").withRank(1));
	}

	@Test
	void shouldAcceptAssetsUpToTheLimit() {
		CaseFacts veteran = household().with("veteran", true);
		assertThat(table.decide(veteran.with("totalAssets", ASSET_LIMIT))).isEqualTo(eligible("VETERAN").withRank(2));
		assertThat(table.decide(veteran.with("totalAssets", ASSET_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_ASSET_LIMIT"));
	}

	@Test
	void shouldAcceptAVehicleUpToTheLimit() {
		CaseFacts veteran = household().with("veteran", true);
		assertThat(table.decide(veteran.with("vehicleValue", VEHICLE_LIMIT)))
			.isEqualTo(eligible("VETERAN").withRank(2));
		assertThat(table.decide(veteran.with("vehicleValue", VEHICLE_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_VEHICLE_LIMIT"));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldAcceptIncomeUpToHalfTheUrbanAverage(int size) {
		long line = UrbanWorkerIncome.line(size, 50);
		CaseFacts veteran = household().with("veteran", true).with("householdSize", size);
		assertThat(table.decide(veteran.with("monthlyIncome", line))).isEqualTo(eligible("VETERAN").withRank(2));
		assertThat(table.decide(veteran.with("monthlyIncome", line + 1))).isEqualTo(ineligible("OVER_INCOME_LIMIT"));
	}

	@Test
	void shouldRankPersonsWithADisabilitySecond() {
		assertThat(table.decide(household().with("disability", true))).isEqualTo(eligible("DISABILITY").withRank(2));
	}

	@Test
	void shouldRankTheNearPoorSecond() {
		assertThat(table.decide(household().with("nearPoor", true))).isEqualTo(eligible("NEAR_POOR").withRank(2));
	}

	@Test
	void shouldReviewAHouseholdInNoGroupThatPublicDataShows() {
		assertThat(table.decide(household())).isEqualTo(ineligible("NO_PRIORITY_GROUP").inReview());
	}

}
