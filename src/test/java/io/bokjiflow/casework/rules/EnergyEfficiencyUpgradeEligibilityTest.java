package io.bokjiflow.casework.rules;

import org.junit.jupiter.api.extension.RegisterExtension;

/** 저소득층 에너지효율개선: basic-livelihood and near-poor households. */
class EnergyEfficiencyUpgradeEligibilityTest implements BasicLivelihoodOrNearPoorRules, DeceasedFirstRule {

	@RegisterExtension
	static final EligibilityTable table = EligibilityTable.of("energy-efficiency-upgrade");

	@Override
	public Decision decide(CaseFacts facts) {
		return table.decide(facts);
	}

}
