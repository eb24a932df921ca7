package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 장기전세주택: the income line depends on the home's size; the rank says which lines are met.
 */
class LongTermJeonseEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("long-term-jeonse");

	private static final long ASSET_LIMIT = 215_500_000L;

	private static final long VEHICLE_LIMIT = 37_080_000L;

	private static CaseFacts household(int size) {
		return CaseFacts.defaults().with("incomeInvestigated", true).with("homeless", true).with("householdSize", size);
	}

	@Test
	void shouldRejectTheDeceasedFirst() {
		assertThat(table.decide(household(4).with("alive", false))).isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	void shouldReviewWhenIncomeAndAssetsWereNotInvestigated() {
		assertThat(table.decide(household(4).with("incomeInvestigated", false)))
			.isEqualTo(ineligible("INCOME_NOT_INVESTIGATED").inReview());
	}

	@Test
	void shouldRejectHouseholdsThatOwnAHome() {
		assertThat(table.decide(household(4).with("homeless", false))).isEqualTo(ineligible("NOT_HOMELESS"));
	}

	@Test
	void shouldAcceptAssetsUpToTheLimit() {
		assertThat(table.decide(household(4).with("totalAssets", ASSET_LIMIT)))
			.isEqualTo(eligible("INCOME_WITHIN_100").withRank(1));
		assertThat(table.decide(household(4).with("totalAssets", ASSET_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_ASSET_LIMIT"));
	}

	@Test
	void shouldAcceptAVehicleUpToTheLimit() {
		assertThat(table.decide(household(4).with("vehicleValue", VEHICLE_LIMIT)))
			.isEqualTo(eligible("INCOME_WITHIN_100").withRank(1));
		assertThat(table.decide(household(4).with("vehicleValue", VEHICLE_LIMIT + 1)))
			.isEqualTo(ineligible("OVER_VEHICLE_LIMIT"));
	}

	@ParameterizedTest(name = "{0} person(s), {1}% line -> {2}")
	@CsvSource({ "1, 100, INCOME_WITHIN_100, 1, INCOME_WITHIN_120", "3, 100, INCOME_WITHIN_100, 1, INCOME_WITHIN_120",
			"9, 100, INCOME_WITHIN_100, 1, INCOME_WITHIN_120", "1, 120, INCOME_WITHIN_120, 2, INCOME_WITHIN_150",
			"4, 120, INCOME_WITHIN_120, 2, INCOME_WITHIN_150", "8, 120, INCOME_WITHIN_120, 2, INCOME_WITHIN_150",
			"2, 150, INCOME_WITHIN_150, 3, OVER_INCOME_LIMIT", "5, 150, INCOME_WITHIN_150, 3, OVER_INCOME_LIMIT",
			"6, 150, INCOME_WITHIN_150, 3, OVER_INCOME_LIMIT", "7, 150, INCOME_WITHIN_150, 3, OVER_INCOME_LIMIT" })
	void shouldRankByTheHighestLineTheIncomeMeets(int size, int percent, String rule, int rank, String ruleAbove) {
		long line = UrbanWorkerIncome.line(size, percent);
		assertThat(table.decide(household(size).with("monthlyIncome", line))).isEqualTo(eligible(rule).withRank(rank));
		Decision above = table.decide(household(size).with("monthlyIncome", line + 1));
		assertThat(above.rule()).isEqualTo(ruleAbove);
		assertThat(above.eligible()).isEqualTo(!"OVER_INCOME_LIMIT".equals(ruleAbove));
	}

}
