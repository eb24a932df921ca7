package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 아이돌봄서비스: a child of 12 or under, a care gap, and the government share by income band.
 */
class ChildCareServiceEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("child-care-service");

	/** An investigated working parent of a five-year-old, income band 가형. */
	private static CaseFacts workingParent() {
		return CaseFacts.defaults()
			.with("youngestChildAge", 5)
			.with("employmentInsured", true)
			.with("incomeInvestigated", true)
			.with("incomePercentOfMedian", 60);
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(table.decide(workingParent().with("alive", false))).isEqualTo(ineligible("NOT_ALIVE"));
	}

	@ParameterizedTest(name = "youngest child {0}")
	@ValueSource(ints = { -1, 13, 18 })
	void shouldRejectAHouseholdWithoutAChildOf12OrUnder(int youngestChildAge) {
		assertThat(table.decide(workingParent().with("youngestChildAge", youngestChildAge)))
			.isEqualTo(ineligible("NO_CHILD_IN_AGE"));
	}

	@ParameterizedTest(name = "youngest child {0}")
	@ValueSource(ints = { 0, 12 })
	void shouldAcceptChildrenFromBirthTo12(int youngestChildAge) {
		assertThat(table.decide(workingParent().with("youngestChildAge", youngestChildAge)))
			.isEqualTo(eligible("BAND_GA").withShare(85));
	}

	@Test
	void shouldReviewWhenPublicDataShowsNoCareGap() {
		assertThat(table.decide(workingParent().with("employmentInsured", false)))
			.isEqualTo(ineligible("NO_CARE_GAP").inReview());
	}

	@Test
	void shouldTakeASingleParentFamilyAsACareGap() {
		assertThat(table.decide(workingParent().with("employmentInsured", false).with("singleParent", true)))
			.isEqualTo(eligible("BAND_GA").withShare(85));
	}

	@Test
	void shouldReviewWhenIncomeWasNotInvestigatedInsteadOfGivingTheTopShare() {
		assertThat(table.decide(workingParent().with("incomeInvestigated", false).with("incomePercentOfMedian", 0)))
			.isEqualTo(ineligible("INCOME_NOT_INVESTIGATED").inReview());
	}

	@ParameterizedTest(name = "{0}% of the median -> {1}, share {2}%")
	@CsvSource({ "0, BAND_GA, 85", "75, BAND_GA, 85", "76, BAND_NA, 60", "120, BAND_NA, 60", "121, BAND_DA, 30",
			"150, BAND_DA, 30", "151, BAND_RA, 15", "200, BAND_RA, 15" })
	void shouldGiveTheGovernmentShareOfTheIncomeBand(int percent, String band, int share) {
		assertThat(table.decide(workingParent().with("incomePercentOfMedian", percent)))
			.isEqualTo(eligible(band).withShare(share));
	}

	@ParameterizedTest(name = "{0}% of the median")
	@ValueSource(ints = { 201, 400 })
	void shouldGiveNoGovernmentShareAbove200Percent(int percent) {
		assertThat(table.decide(workingParent().with("incomePercentOfMedian", percent)))
			.isEqualTo(ineligible("BAND_MA").withShare(0));
	}

}
