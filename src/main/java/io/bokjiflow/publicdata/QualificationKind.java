package io.bokjiflow.publicdata;

/**
 * Qualifications (자격) that public data can confirm.
 */
public enum QualificationKind {

	/** 국민기초생활보장 수급자 (any benefit kind). */
	BASIC_LIVELIHOOD,
	/** 차상위계층. */
	NEAR_POOR,
	/** 등록장애인. */
	DISABILITY,
	/** 국가유공자 등 보훈대상자. */
	VETERAN,
	/** 한부모가족 (한부모가족지원법). */
	SINGLE_PARENT,
	/** 다문화가족 (다문화가족지원법). */
	MULTICULTURAL_FAMILY

}
