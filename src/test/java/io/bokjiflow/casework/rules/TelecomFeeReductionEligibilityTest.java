package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 통신요금 감면: qualifications; basic-pension age is reviewed; no resident-register check. */
class TelecomFeeReductionEligibilityTest implements BasicLivelihoodOrNearPoorRules {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("telecom-fee-reduction");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldAcceptAPersonWithADisability() {
		assertThat(decide(applicant().with("disability", true).with("applicantAge", 70)))
			.isEqualTo(eligible("DISABILITY"));
	}

	@Test
	void shouldAcceptAVeteranButReviewTheWound() {
		assertThat(decide(applicant().with("veteran", true)))
			.isEqualTo(eligible("VETERAN_WOUND_TO_CONFIRM").inReview());
	}

	@Test
	void shouldReviewTheBasicPensionFrom65() {
		assertThat(decide(applicant().with("applicantAge", 65)))
			.isEqualTo(eligible("BASIC_PENSION_TO_CONFIRM").inReview());
		assertThat(decide(applicant().with("applicantAge", 64))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
