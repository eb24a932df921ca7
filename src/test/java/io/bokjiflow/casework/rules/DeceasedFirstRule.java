package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;

import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first rule of every table whose program reads the resident register: a deceased
 * applicant is rejected whatever else holds.
 */
interface DeceasedFirstRule {

	Decision decide(CaseFacts facts);

	@Test
	default void shouldRejectTheDeceasedFirst() {
		assertThat(decide(CaseFacts.defaults().with("alive", false).with("basicLivelihood", true)))
			.isEqualTo(ineligible("NOT_ALIVE"));
	}

}
