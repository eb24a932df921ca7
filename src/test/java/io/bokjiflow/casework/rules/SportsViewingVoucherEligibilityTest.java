package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * 스포츠관람바우처: basic-livelihood recipients and the near-poor; no resident-register check.
 */
class SportsViewingVoucherEligibilityTest implements BasicLivelihoodOrNearPoorRules {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("sports-viewing-voucher");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

}
