package io.bokjiflow.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Ages fall into the life stages at the bounds the catalogue's enum names.
 */
class LifeStageTest {

	@ParameterizedTest
	@CsvSource({ "0, INFANT", "5, INFANT", "6, CHILD_YOUTH", "18, CHILD_YOUTH", "19, YOUNG_ADULT", "34, YOUNG_ADULT",
			"35, MIDDLE_AGE", "64, MIDDLE_AGE", "65, OLD_AGE", "104, OLD_AGE" })
	void shouldPutAnAgeIntoItsStage(int age, LifeStage stage) {
		assertThat(LifeStage.ofAge(age)).isEqualTo(stage);
	}

	@Test
	void shouldRefuseANegativeAge() {
		assertThatThrownBy(() -> LifeStage.ofAge(-1)).isInstanceOf(IllegalArgumentException.class);
	}

}
