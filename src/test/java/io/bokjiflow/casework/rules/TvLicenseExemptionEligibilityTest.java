package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * TV수신료 면제: recipients; visual or hearing disabilities and wounded veterans are reviewed.
 */
class TvLicenseExemptionEligibilityTest implements DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("tv-license-exemption");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldAcceptABasicLivelihoodRecipient() {
		assertThat(decide(applicant().with("basicLivelihood", true).with("disability", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD"));
	}

	@Test
	void shouldAcceptAPersonWithADisabilityButReviewItsKind() {
		assertThat(decide(applicant().with("disability", true)))
			.isEqualTo(eligible("DISABILITY_TYPE_TO_CONFIRM").inReview());
	}

	@Test
	void shouldAcceptAVeteranButReviewTheWound() {
		assertThat(decide(applicant().with("veteran", true)))
			.isEqualTo(eligible("VETERAN_WOUND_TO_CONFIRM").inReview());
	}

	@Test
	void shouldRejectTheNearPoorWhomTheExemptionDoesNotName() {
		assertThat(decide(applicant().with("nearPoor", true))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
