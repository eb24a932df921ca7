package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the tables of qualification programs share: a basic-livelihood recipient and
 * a near-poor person qualify, a person with neither does not. A table's test class
 * implements this to run them on its table.
 */
interface BasicLivelihoodOrNearPoorRules {

	Decision decide(CaseFacts facts);

	@Test
	default void shouldAcceptABasicLivelihoodRecipient() {
		assertThat(decide(CaseFacts.defaults().with("basicLivelihood", true))).isEqualTo(eligible("BASIC_LIVELIHOOD"));
	}

	@Test
	default void shouldAcceptANearPoorPerson() {
		assertThat(decide(CaseFacts.defaults().with("nearPoor", true))).isEqualTo(eligible("NEAR_POOR"));
	}

	@Test
	default void shouldRejectAnApplicantWithoutAQualification() {
		assertThat(decide(CaseFacts.defaults())).isEqualTo(ineligible("NO_QUALIFICATION"));
	}

}
