package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.extension.RegisterExtension;

/** 기존주택 매입임대: the rules shared with the other existing-housing rental. */
class PurchasedRentalEligibilityTest extends ExistingHousingRentalEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("purchased-rental");

	@Override
	EligibilityTable table() {
		return table;
	}

}
