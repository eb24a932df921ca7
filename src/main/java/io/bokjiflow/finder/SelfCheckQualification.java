package io.bokjiflow.finder;

import io.bokjiflow.publicdata.QualificationKind;

/**
 * A qualification the person answering the self-check says they hold now, as the
 * qualification data (자격 정보) would report it.
 */
public enum SelfCheckQualification {

	/** 기초생활수급자 with the livelihood or medical benefit (생계·의료급여). */
	LIVELIHOOD_OR_MEDICAL(QualificationKind.BASIC_LIVELIHOOD),
	/** 기초생활수급자 with only the housing or education benefit (주거·교육급여). */
	HOUSING_OR_EDUCATION(QualificationKind.BASIC_LIVELIHOOD),
	/** 차상위계층 (near-poor). */
	NEAR_POOR(QualificationKind.NEAR_POOR),
	/** 장애의 정도가 심한 장애인 (severe disability). */
	SEVERE_DISABILITY(QualificationKind.DISABILITY),
	/** 장애의 정도가 심하지 않은 장애인 (disability, not severe). */
	DISABILITY(QualificationKind.DISABILITY),
	/** 국가유공자 등 보훈대상자 (veteran or family of national merit). */
	VETERAN(QualificationKind.VETERAN),
	/** 한부모가족 (single-parent family, certified). */
	SINGLE_PARENT(QualificationKind.SINGLE_PARENT),
	/** 다문화가족 (multicultural family). */
	MULTICULTURAL(QualificationKind.MULTICULTURAL_FAMILY);

	private final QualificationKind kind;

	SelfCheckQualification(QualificationKind kind) {
		this.kind = kind;
	}

	/** The qualification kind of the public data and the registry. */
	public QualificationKind kind() {
		return this.kind;
	}

}
