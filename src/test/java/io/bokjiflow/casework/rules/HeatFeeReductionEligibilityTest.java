package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 열요금 감면: recipients, the near-poor, and households with a disability or a veteran. */
class HeatFeeReductionEligibilityTest implements DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("heat-fee-reduction");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldAcceptABasicLivelihoodRecipient() {
		assertThat(decide(applicant().with("basicLivelihood", true).with("veteran", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD"));
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
	void shouldAcceptAVeteran() {
		assertThat(decide(applicant().with("veteran", true))).isEqualTo(eligible("VETERAN"));
	}

	@Test
	void shouldRejectAnApplicantWithoutAQualification() {
		assertThat(decide(applicant())).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
