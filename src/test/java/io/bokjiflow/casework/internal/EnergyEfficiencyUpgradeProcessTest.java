package io.bokjiflow.casework.internal;

/**
 * 저소득층 에너지효율개선 (Energy-efficiency upgrades for low-income homes):
 * processes/support/energy-efficiency-upgrade.bpmn.
 */
class EnergyEfficiencyUpgradeProcessTest extends SupportProcessTestBase {

	EnergyEfficiencyUpgradeProcessTest() {
		super("ENERGY_EFFICIENCY_UPGRADE");
		approvedBy("NEAR_POOR", facts().with("nearPoor", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
