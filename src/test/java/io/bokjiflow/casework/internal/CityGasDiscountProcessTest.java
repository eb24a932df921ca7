package io.bokjiflow.casework.internal;

/** 도시가스요금 경감 (City-gas bill reduction): processes/support/city-gas-discount.bpmn. */
class CityGasDiscountProcessTest extends SupportProcessTestBase {

	CityGasDiscountProcessTest() {
		super("CITY_GAS_DISCOUNT");
		approvedBy("MULTI_CHILD", facts().with("childrenUnder12", 3));
		rejectedBy("NO_QUALIFICATION", facts().with("childrenUnder12", 2));
	}

}
