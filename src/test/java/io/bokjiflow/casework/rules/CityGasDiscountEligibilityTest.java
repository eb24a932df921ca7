package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 도시가스요금 경감: qualifications and families with many children. */
class CityGasDiscountEligibilityTest implements DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("city-gas-discount");

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
		assertThat(decide(applicant().with("childrenUnder12", 3))).isEqualTo(eligible("MULTI_CHILD"));
		assertThat(decide(applicant().with("childrenUnder12", 2))).isEqualTo(ineligible("NO_QUALIFICATION"));
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
