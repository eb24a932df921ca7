package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 스포츠강좌이용권: children of 5 to 18 in basic-livelihood or near-poor households. */
class SportsLessonVoucherEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("sports-lesson-voucher");

	private static Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

	private static CaseFacts applicant() {
		return CaseFacts.defaults();
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(decide(applicant().with("alive", false).with("applicantAge", 10).with("basicLivelihood", true)))
			.isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldRejectChildrenUnder5() {
		assertThat(decide(applicant().with("applicantAge", 4).with("basicLivelihood", true)))
			.isEqualTo(ineligible("UNDER_AGE"));
	}

	@Test
	void shouldRejectApplicantsOver18() {
		assertThat(decide(applicant().with("applicantAge", 19).with("basicLivelihood", true)))
			.isEqualTo(ineligible("OVER_AGE"));
	}

	@ParameterizedTest(name = "age {0}")
	@ValueSource(ints = { 5, 18 })
	void shouldAcceptABasicLivelihoodChildFrom5To18(int age) {
		assertThat(decide(applicant().with("applicantAge", age).with("basicLivelihood", true)))
			.isEqualTo(eligible("BASIC_LIVELIHOOD"));
	}

	@ParameterizedTest(name = "age {0}")
	@ValueSource(ints = { 5, 18 })
	void shouldAcceptANearPoorChildFrom5To18(int age) {
		assertThat(decide(applicant().with("applicantAge", age).with("nearPoor", true)))
			.isEqualTo(eligible("NEAR_POOR"));
	}

	@Test
	void shouldRejectAChildWithoutAQualification() {
		assertThat(decide(applicant().with("applicantAge", 10))).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
