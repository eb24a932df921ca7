package io.bokjiflow.finder;

/**
 * The self-check (모의 판정): which programs a person probably qualifies for, from a short
 * questionnaire, by the same rules casework decides with — the support programs'
 * eligibility tables on the case facts the investigation would derive, the local
 * programs' criteria, and the recognised-income calculation. Bands and facts not asked
 * are tried at both ends. Nothing is stored and nothing typed is logged.
 */
public interface SelfCheck {

	/**
	 * Evaluates the answers today.
	 * @param answers the questionnaire's answers
	 * @return the findings
	 */
	SelfCheckResult check(SelfCheckAnswers answers);

}
