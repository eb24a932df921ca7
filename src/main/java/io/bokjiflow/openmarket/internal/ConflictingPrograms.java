package io.bokjiflow.openmarket.internal;

import java.util.Set;

/**
 * The duplicate-benefit hook of a selection run: the programs whose ACTIVE benefit record
 * excludes a person from a program. For now a rule table ({@code om_selection_conflict});
 * issue 6's integrity module (31 pair types) replaces the implementation, not the run.
 */
interface ConflictingPrograms {

	/**
	 * The programs that conflict with a program.
	 * @param programCode the paying program
	 * @return the codes of conflicting programs (registry {@code program_code}), maybe
	 * empty
	 */
	Set<String> of(String programCode);

}
