package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 국가유공자 교육지원: veterans' families, reviewed against the basic-livelihood education
 * benefit.
 */
class VeteranTuitionEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("veteran-tuition");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(decide(applicant().with("alive", false).with("veteran", true))).isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldReviewAVeteranWhoAlsoReceivesBasicLivelihoodForADuplicateEducationBenefit() {
		assertThat(decide(applicant().with("veteran", true).with("basicLivelihood", true)))
			.isEqualTo(eligible("VETERAN_BASIC_LIVELIHOOD").inReview());
	}

	@Test
	void shouldAcceptAVeteran() {
		assertThat(decide(applicant().with("veteran", true))).isEqualTo(eligible("VETERAN"));
	}

	@Test
	void shouldRejectAnApplicantWhoIsNoVeteran() {
		assertThat(decide(applicant().with("basicLivelihood", true))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
