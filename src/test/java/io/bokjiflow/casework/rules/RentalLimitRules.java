package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.Test;

import static io.bokjiflow.casework.rules.Decision.ineligible;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules the rental-housing tables share before their income lines: the deceased are
 * rejected, a case without an income and asset investigation goes to review, a household
 * that owns a home is rejected, and assets and vehicle value are accepted up to the
 * table's limits and not one won over.
 */
interface RentalLimitRules {

	EligibilityTable table();

	/** A homeless, investigated household the table accepts on income. */
	CaseFacts sample();

	/** What the table decides for {@link #sample()} within every limit. */
	Decision withinTheLimits();

	long assetLimit();

	long vehicleLimit();

	@Test
	default void shouldRejectTheDeceasedFirst() {
		assertThat(table().decide(sample().with("alive", false))).isEqualTo(ineligible("NOT_ALIVE"));
	}

	@Test
	default void shouldReviewWhenIncomeAndAssetsWereNotInvestigated() {
		assertThat(table().decide(sample().with("incomeInvestigated", false)))
			.isEqualTo(ineligible("INCOME_NOT_INVESTIGATED").inReview());
	}

	@Test
	default void shouldRejectHouseholdsThatOwnAHome() {
		assertThat(table().decide(sample().with("homeless", false))).isEqualTo(ineligible("NOT_HOMELESS"));
	}

	@Test
	default void shouldAcceptAssetsUpToTheLimit() {
		assertThat(table().decide(sample().with("totalAssets", assetLimit()))).isEqualTo(withinTheLimits());
		assertThat(table().decide(sample().with("totalAssets", assetLimit() + 1)))
			.isEqualTo(ineligible("OVER_ASSET_LIMIT"));
	}

	@Test
	default void shouldAcceptAVehicleUpToTheLimit() {
		assertThat(table().decide(sample().with("vehicleValue", vehicleLimit()))).isEqualTo(withinTheLimits());
		assertThat(table().decide(sample().with("vehicleValue", vehicleLimit() + 1)))
			.isEqualTo(ineligible("OVER_VEHICLE_LIMIT"));
	}

}
