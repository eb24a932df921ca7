package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 문화바우처: basic-livelihood recipients and the near-poor. */
class CultureVoucherEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("culture-voucher");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(decide(applicant().with("alive", false).with("basicLivelihood", true)))
			.isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldAcceptABasicLivelihoodRecipient() {
		assertThat(decide(applicant().with("basicLivelihood", true))).isEqualTo(eligible("BASIC_LIVELIHOOD"));
	}

	@Test
	void shouldAcceptANearPoorPerson() {
		assertThat(decide(applicant().with("nearPoor", true))).isEqualTo(eligible("NEAR_POOR"));
	}

	@Test
	void shouldRejectAnApplicantWithoutAQualification() {
		assertThat(decide(applicant())).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
