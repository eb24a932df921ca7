package io.bokjiflow.openmarket.internal;

import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A selection run's duplicate-benefit hook reads the integrity module's rules: the other
 * program of every person-level BLOCK pair, on either side; warnings and household-level
 * rules are not exclusions of a run.
 */
class ConflictingProgramsIT extends IntegrationTest {

	@Autowired
	private ConflictingPrograms conflicts;

	@Test
	void shouldExcludeTheOtherProgramOfEveryPersonLevelBlockingPair() {
		// pairs 6 and 7: 자활근로 × 공공산림가꾸기, 자활근로 × 노인일자리
		assertThat(this.conflicts.of("SELF_SUFFICIENCY_WORK")).contains("PUBLIC_FOREST_TENDING", "SENIOR_JOBS");
		assertThat(this.conflicts.of("PUBLIC_FOREST_TENDING")).as("the pair counts from its other side too")
			.contains("SELF_SUFFICIENCY_WORK");
	}

	@Test
	void shouldNotExcludeForAWarningOrAHouseholdLevelRule() {
		// pair 31 (문화바우처 × 여행바우처) only warns
		assertThat(this.conflicts.of("CULTURE_VOUCHER")).doesNotContain("TRAVEL_VOUCHER");
		// pair 16 (긴급복지 생계지원 × 생계급여) is a household-level rule
		assertThat(this.conflicts.of("EMERGENCY_LIVELIHOOD")).doesNotContain("LIVELIHOOD_BENEFIT");
	}

}
