package io.bokjiflow.casework.internal;

/**
 * 서민층 가스시설 개선 (LPG) (Gas safety upgrades for low-income LPG users):
 * processes/support/lpg-facility-upgrade.bpmn.
 */
class LpgFacilityUpgradeProcessTest extends SupportProcessTestBase {

	LpgFacilityUpgradeProcessTest() {
		super("LPG_FACILITY_UPGRADE");
		approvedBy("NEAR_POOR", facts().with("nearPoor", true));
		rejectedBy("NO_QUALIFICATION", facts());
	}

}
