package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.bokjiflow.casework.rules.Decision.eligible;
import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/** 공공임대주택 (5·10년): homeless, property and car under the limits, income within 100%. */
class PublicRentalEligibilityTest implements RentalLimitRules {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("public-rental");

	private static final long ASSET_LIMIT = 215_500_000L;

	private static final long VEHICLE_LIMIT = 37_080_000L;

	@Override
	public EligibilityTable table() {
		return table;
	}

	@Override
	public CaseFacts sample() {
		return household(2);
	}

	@Override
	public Decision withinTheLimits() {
		return eligible("INCOME_WITHIN_70").withRank(1);
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

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankIncomeUpTo70PercentOfTheUrbanAverageFirst(int size) {
		long line = UrbanWorkerIncome.line(size, 70);
		assertThat(table.decide(household(size).with("monthlyIncome", line)))
			.isEqualTo(eligible("INCOME_WITHIN_70").withRank(1));
		assertThat(table.decide(household(size).with("monthlyIncome", line + 1)))
			.isEqualTo(eligible("INCOME_WITHIN_100").withRank(2));
	}

	@ParameterizedTest(name = "{0} person(s)")
	@ValueSource(ints = { 1, 2, 3, 4, 5, 6, 7, 8, 9 })
	void shouldRankIncomeUpToTheUrbanAverageSecondAndRejectAbove(int size) {
		long line = UrbanWorkerIncome.line(size, 100);
		assertThat(table.decide(household(size).with("monthlyIncome", line)))
			.isEqualTo(eligible("INCOME_WITHIN_100").withRank(2));
		assertThat(table.decide(household(size).with("monthlyIncome", line + 1)))
			.isEqualTo(ineligible("OVER_INCOME_LIMIT"));
	}

}
