package io.bokjiflow.catalog;

/**
 * A search of the catalogue; every filter that is set must match, the others are ignored.
 *
 * @param keyword words to find (all of them, case-insensitive, Korean or English) in a
 * program's name, target, benefit or ministry; blank for any
 * @param lifeStage a life stage the program must be for
 * @param situation a situation the program must be for
 * @param region a 시·도 code the program must run in (nation-wide programs run in all)
 * @param benefitKind the kind of benefit
 * @param linked {@code true} for work-processing-support programs only, {@code false} for
 * the others only
 */
public record ProgramQuery(String keyword, LifeStage lifeStage, Situation situation, String region,
		BenefitKind benefitKind, Boolean linked) {

	private static final ProgramQuery ALL = new ProgramQuery(null, null, null, null, null, null);

	/** The query that finds every program. */
	public static ProgramQuery all() {
		return ALL;
	}

	/** This query with a keyword. */
	public ProgramQuery withKeyword(String keyword) {
		return new ProgramQuery(keyword, this.lifeStage, this.situation, this.region, this.benefitKind, this.linked);
	}

	/** This query with a life stage. */
	public ProgramQuery withLifeStage(LifeStage lifeStage) {
		return new ProgramQuery(this.keyword, lifeStage, this.situation, this.region, this.benefitKind, this.linked);
	}

	/** This query with a situation. */
	public ProgramQuery withSituation(Situation situation) {
		return new ProgramQuery(this.keyword, this.lifeStage, situation, this.region, this.benefitKind, this.linked);
	}

	/** This query with a 시·도 code. */
	public ProgramQuery withRegion(String region) {
		return new ProgramQuery(this.keyword, this.lifeStage, this.situation, region, this.benefitKind, this.linked);
	}

	/** This query with a benefit kind. */
	public ProgramQuery withBenefitKind(BenefitKind benefitKind) {
		return new ProgramQuery(this.keyword, this.lifeStage, this.situation, this.region, benefitKind, this.linked);
	}

	/** This query limited to linked (or to not linked) programs. */
	public ProgramQuery withLinked(Boolean linked) {
		return new ProgramQuery(this.keyword, this.lifeStage, this.situation, this.region, this.benefitKind, linked);
	}

}
