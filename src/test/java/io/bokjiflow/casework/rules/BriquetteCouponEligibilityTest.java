package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 연탄쿠폰: basic-livelihood and near-poor households; the briquette heating is checked by
 * hand.
 */
class BriquetteCouponEligibilityTest implements DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("briquette-coupon");

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
