package io.bokjiflow.catalog;

/**
 * The missing-service finder (누락 서비스 발굴): for a person's circumstances, the programs they
 * receive and the catalogued programs they could apply for, each with why.
 * <p>
 * A first version: it matches life stages, situations (from qualifications and the
 * household) and the region, not income or assets, so a suggestion means "worth
 * checking", not "eligible"; the integrity checks (issue 6) deepen it with income data.
 */
public interface ServiceFinder {

	/**
	 * Finds the programs a person receives and could apply for.
	 * @param person the person's circumstances
	 * @return the received programs, in the order given, and the suggestions, best first
	 */
	ServiceFinding find(PersonCircumstances person);

}
