package io.bokjiflow.registry;

/**
 * Changes in a person's life that the registry records (변동 정보).
 */
public enum LifeEventKind {

	/** 사망. */
	DEATH,
	/** 주민등록 말소. */
	DEREGISTRATION,
	/** 국외이주. */
	EMIGRATION,
	/** 전입 (moved to a new address). */
	MOVE,
	/** A qualification began, changed or ended. */
	QUALIFICATION_CHANGE

}
