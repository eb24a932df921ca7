package io.bokjiflow.outreach;

import java.util.List;
import java.util.UUID;

/**
 * The missing-service finder for one person: programs the person is likely eligible for
 * and does not receive, each with the rule and the evidence that say so.
 */
public interface MissingServices {

	/**
	 * Finds the missing services of a person today. Programs the person receives (ACTIVE
	 * benefit record), is blocked from by a duplicate-benefit BLOCK rule with what they
	 * receive, or has an open application for are left out.
	 * @param personId the person (reg_person id)
	 * @return the findings, likely eligible first, then by program code; empty for an
	 * unknown or no longer living person
	 */
	List<MissingService> find(UUID personId);

}
