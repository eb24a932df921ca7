package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.extension.RegisterExtension;

/** 문화바우처: basic-livelihood recipients and the near-poor. */
class CultureVoucherEligibilityTest implements BasicLivelihoodOrNearPoorRules, DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("culture-voucher");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

}
