package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.extension.RegisterExtension;

/** 기존주택 전세임대: the rules shared with the other existing-housing rental. */
class JeonseRentalEligibilityTest extends ExistingHousingRentalEligibilityTest {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("jeonse-rental");

	@Override
	EligibilityTable table() {
		return table;
	}

}
