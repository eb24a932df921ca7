package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 국가유공자 보철구 지급: wounded persons of national merit; a registered disability stands for the
 * wound.
 */
class VeteranProsthesisEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("veteran-prosthesis");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldAcceptAVeteranWithARegisteredDisability() {
		assertThat(decide(applicant().with("veteran", true).with("disability", true)))
			.isEqualTo(eligible("VETERAN_WITH_DISABILITY"));
	}

	@Test
	void shouldAcceptAVeteranWithoutARegisteredDisabilityButReviewTheWound() {
		assertThat(decide(applicant().with("veteran", true)))
			.isEqualTo(eligible("VETERAN_WOUND_TO_CONFIRM").inReview());
	}

	@Test
	void shouldRejectAPersonWithADisabilityWhoIsNoVeteran() {
		assertThat(decide(applicant().with("disability", true))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
