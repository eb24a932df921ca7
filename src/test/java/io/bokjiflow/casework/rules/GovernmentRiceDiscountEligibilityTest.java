package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.extension.RegisterExtension;

/** 정부양곡 할인 공급: basic-livelihood and near-poor households. */
class GovernmentRiceDiscountEligibilityTest implements BasicLivelihoodOrNearPoorRules, DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("government-rice-discount");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

}
