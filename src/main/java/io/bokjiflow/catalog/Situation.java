package io.bokjiflow.catalog;

/**
 * A life situation a program is meant for (가구상황), used to find programs.
 */
public enum Situation {

	/** Low income: basic-livelihood, near-poor or under an income line (저소득). */
	LOW_INCOME,

	/** Registered disability (장애인). */
	DISABILITY,

	/** Single-parent or grandparent-grandchild family (한부모·조손). */
	SINGLE_PARENT,

	/** Multicultural family (다문화가족). */
	MULTICULTURAL,

	/** Persons of national merit, veterans and their families (보훈대상자). */
	VETERAN,

	/** Looking for work (구직자·실업자). */
	JOB_SEEKER,

	/** Employed or self-employed, insured (근로자·자영업자). */
	WORKER,

	/** A sudden crisis: loss of income, illness, disaster, crime (위기상황). */
	CRISIS,

	/** Without a home of one's own or poorly housed (무주택·주거취약). */
	HOUSING_NEED,

	/** Children in protection and young people leaving care (보호대상아동·자립준비청년). */
	PROTECTED_CHILD,

	/** North Korean defectors (북한이탈주민). */
	NORTH_KOREAN_DEFECTOR,

	/** Farmers and fishers (농어업인). */
	FARMER_FISHER,

	/** Families with many children (다자녀). */
	MULTI_CHILD,

	/** Illness and heavy medical costs (질병·의료비). */
	ILLNESS

}
