package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 고속도로 통행료 감면: a person with a disability or a wounded veteran with a car in the
 * household.
 */
class TollDiscountEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("toll-discount");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	private static final long CAR = 12_000_000L;

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(decide(applicant().with("alive", false).with("disability", true).with("vehicleValue", CAR)))
			.isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldRejectAHouseholdWithoutACar() {
		assertThat(decide(applicant().with("disability", true).with("vehicleValue", 0)))
			.isEqualTo(ineligible("NO_VEHICLE"));
		assertThat(decide(applicant().with("disability", true).with("vehicleValue", 1)))
			.isEqualTo(eligible("DISABILITY"));
	}

	@Test
	void shouldAcceptAPersonWithADisabilityAndACar() {
		assertThat(decide(applicant().with("disability", true).with("vehicleValue", CAR)))
			.isEqualTo(eligible("DISABILITY"));
	}

	@Test
	void shouldAcceptAVeteranWithACarButReviewTheWound() {
		assertThat(decide(applicant().with("veteran", true).with("vehicleValue", CAR)))
			.isEqualTo(eligible("VETERAN_WOUND_TO_CONFIRM").inReview());
	}

	@Test
	void shouldRejectACarOwnerWithoutAQualification() {
		assertThat(decide(applicant().with("vehicleValue", CAR))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
