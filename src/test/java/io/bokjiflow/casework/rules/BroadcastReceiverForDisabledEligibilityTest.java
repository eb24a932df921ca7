package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 저소득 시청각장애인 방송수신기 보급: low-income persons with a disability first, others second; the
 * kind of disability is reviewed.
 */
class BroadcastReceiverForDisabledEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("broadcast-receiver-for-disabled");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldRankABasicLivelihoodRecipientWithADisabilityFirst() {
		assertThat(decide(applicant().with("disability", true).with("basicLivelihood", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD_DISABILITY").withRank(1).inReview());
	}

	@Test
	void shouldRankANearPoorPersonWithADisabilityFirst() {
		assertThat(decide(applicant().with("disability", true).with("nearPoor", true)))
			.isEqualTo(eligible("NEAR_POOR_DISABILITY").withRank(1).inReview());
	}

	@Test
	void shouldRankOtherPersonsWithADisabilitySecond() {
		assertThat(decide(applicant().with("disability", true)))
			.isEqualTo(eligible("OTHER_DISABILITY").withRank(2).inReview());
	}

	@Test
	void shouldRejectARecipientWithoutADisability() {
		assertThat(decide(applicant().with("basicLivelihood", true))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
