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
class LongTermJeonseEligibilityTest implements RentalLimitRules {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("long-term-jeonse");

	private static final long ASSET_LIMIT = 215_500_000L;

	private static final long VEHICLE_LIMIT = 37_080_000L;

	@Override
	public EligibilityTable table() {
		return table;
	}

	@Override
	public CaseFacts sample() {
		return household(4);
	}

	@Override
	public Decision withinTheLimits() {
		return eligible("INCOME_WITHIN_100").withRank(1);
	}

	@Override
	public long assetLimit() {
		return ASSET_LIMIT;
	}

	@Override
	public long vehicleLimit() {
		return VEHICLE_LIMIT;
	}

	private static CaseFacts household(int size) {
		return CaseFacts.defaults().with("incomeInvestigated", true).with("homeless", true).with("householdSize", size);
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
