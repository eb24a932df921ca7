package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 전기요금 복지할인: qualifications, many children, large and new-birth households. */
class ElectricityDiscountEligibilityTest implements DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("electricity-discount");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldAcceptABasicLivelihoodRecipient() {
		assertThat(decide(applicant().with("basicLivelihood", true))).isEqualTo(eligible("BASIC_LIVELIHOOD"));
	}

	@Test
	void shouldAcceptANearPoorHousehold() {
		assertThat(decide(applicant().with("nearPoor", true))).isEqualTo(eligible("NEAR_POOR"));
	}

	@Test
	void shouldAcceptAPersonWithADisability() {
		assertThat(decide(applicant().with("disability", true))).isEqualTo(eligible("DISABILITY"));
	}

	@Test
	void shouldAcceptThreeChildrenUnder12ButNotTwo() {
		CaseFacts family = applicant().with("householdSize", 4).with("youngestChildAge", 5);
		assertThat(decide(family.with("childrenUnder12", 3))).isEqualTo(eligible("MULTI_CHILD"));
		assertThat(decide(family.with("childrenUnder12", 2))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

	@Test
	void shouldAcceptHouseholdsOfFiveButNotFour() {
		assertThat(decide(applicant().with("householdSize", 5))).isEqualTo(eligible("LARGE_FAMILY"));
		assertThat(decide(applicant().with("householdSize", 4))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

	@ParameterizedTest(name = "youngest child {0}")
	@ValueSource(ints = { 0, 2 })
	void shouldAcceptAHouseholdWithAChildUnder3(int youngestChildAge) {
		assertThat(decide(applicant().with("householdSize", 3).with("youngestChildAge", youngestChildAge)))
			.isEqualTo(eligible("NEW_BIRTH"));
	}

	@ParameterizedTest(name = "youngest child {0}")
	@ValueSource(ints = { -1, 3 })
	void shouldNotTakeAHouseholdWithoutAChildUnder3AsNewBirth(int youngestChildAge) {
		assertThat(decide(applicant().with("householdSize", 3).with("youngestChildAge", youngestChildAge)))
			.isEqualTo(ineligible("NO_QUALIFICATION"));
	}

	@Test
	void shouldAcceptAVeteranButReviewTheWound() {
		assertThat(decide(applicant().with("veteran", true)))
			.isEqualTo(eligible("VETERAN_WOUND_TO_CONFIRM").inReview());
	}

	@Test
	void shouldRejectAnApplicantWithoutAQualification() {
		assertThat(decide(applicant())).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
