package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 여행바우처: basic-livelihood recipients and the near-poor; no resident-register check. */
class TravelVoucherEligibilityTest implements BasicLivelihoodOrNearPoorRules {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("travel-voucher");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldNameTheBasicLivelihoodRuleWhenBothQualificationsHold() {
		assertThat(decide(applicant().with("basicLivelihood", true).with("nearPoor", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD"));
	}

}
