package io.bokjiflow.identity;

/**
 * The level of an organisation in the administrative hierarchy.
 */
public enum OrgLevel {

	/** A central ministry or agency (중앙행정기관). */
	MINISTRY,
	/** A metropolitan city or province (시·도). */
	SIDO,
	/** A city, county or district (시·군·구). */
	SIGUNGU,
	/** A community centre of an administrative dong, eup or myeon (읍·면·동). */
	EMD

}
