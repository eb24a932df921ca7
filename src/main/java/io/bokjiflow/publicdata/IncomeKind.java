package io.bokjiflow.publicdata;

/**
 * Kinds of income the agencies report (국세청, 국민연금공단 and others; FACTS.md d).
 */
public enum IncomeKind {

	/** 근로소득. */
	EARNED,
	/** 사업소득. */
	BUSINESS,
	/** 이자소득. */
	INTEREST,
	/** 배당소득. */
	DIVIDEND,
	/** 일용근로소득. */
	DAY_LABOUR,
	/** 연금소득 (공적연금). */
	PENSION,
	/** 재산소득 (임대 등). */
	PROPERTY,
	/** 기타소득. */
	OTHER

}
