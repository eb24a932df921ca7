package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 서민층 가스시설 개선: basic-livelihood and near-poor households; the LPG cylinders are checked
 * by hand.
 */
class LpgFacilityUpgradeEligibilityTest implements DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("lpg-facility-upgrade");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldAcceptABasicLivelihoodRecipientAndReviewTheHeating() {
		assertThat(decide(applicant().with("basicLivelihood", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD").inReview());
	}

	@Test
	void shouldAcceptANearPoorPersonAndReviewTheHeating() {
		assertThat(decide(applicant().with("nearPoor", true))).isEqualTo(eligible("NEAR_POOR").inReview());
	}

	@Test
	void shouldRejectAnApplicantWithoutAQualification() {
		assertThat(decide(applicant())).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
