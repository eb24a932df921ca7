package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 국가유공자 고궁 등 이용 지원: persons of national merit and their first-ranked survivors. */
class VeteranPalaceAdmissionEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("veteran-palace-admission");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
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
