package io.bokjiflow.publicdata;

/**
 * Kinds of assets and debts the agencies report (지방세 과세자료, 국토교통부, 금융기관; FACTS.md d).
 */
public enum AssetKind {

	/** 주택. */
	HOUSING,
	/** 토지. */
	LAND,
	/** 건축물 (주택 외). */
	BUILDING,
	/** 예금·적금. */
	DEPOSIT,
	/** 주식·채권 등 유가증권. */
	SECURITIES,
	/** 보험 (해약환급금). */
	INSURANCE,
	/** 자동차. */
	VEHICLE,
	/** 부채. */
	DEBT,
	/** 임차보증금 (전세·월세 보증금). */
	RENT_DEPOSIT

}
