package io.bokjiflow.catalog;

/**
 * Where an application is made.
 */
public enum ApplyChannel {

	/** Online, e.g. 복지로 (bokjiro.go.kr), 정부24 or the agency's site (온라인). */
	ONLINE,

	/** The 읍·면·동 community centre (행정복지센터). */
	COMMUNITY_CENTRE,

	/** The agency running the program, e.g. a pension or employment office (기관 방문). */
	AGENCY

}
