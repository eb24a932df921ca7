package io.bokjiflow.catalog;

/**
 * The life stages of the catalogue, as the 복지로 service finder groups programs.
 */
public enum LifeStage {

	/** Pregnancy and birth (임신·출산). */
	PREGNANCY_BIRTH,

	/** Infants and pre-school children, 0–5 (영유아). */
	INFANT,

	/** Children and teenagers, 6–18 (아동·청소년). */
	CHILD_YOUTH,

	/** Young adults, 19–34 (청년). */
	YOUNG_ADULT,

	/** Middle age, 35–64 (중장년). */
	MIDDLE_AGE,

	/** Old age, 65 and over (노년). */
	OLD_AGE;

	/**
	 * The age stage of a person of an age in full years (만 나이), by the bounds above;
	 * never {@link #PREGNANCY_BIRTH}, which no age alone tells.
	 * @param age the age in full years
	 * @return the stage
	 */
	public static LifeStage ofAge(int age) {
		if (age < 0) {
			throw new IllegalArgumentException("age must not be negative: " + age);
		}
		if (age <= 5) {
			return INFANT;
		}
		if (age <= 18) {
			return CHILD_YOUTH;
		}
		if (age <= 34) {
			return YOUNG_ADULT;
		}
		return age <= 64 ? MIDDLE_AGE : OLD_AGE;
	}

}
