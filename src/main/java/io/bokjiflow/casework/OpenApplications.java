package io.bokjiflow.casework;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which programs persons have an open (undecided) application for, whatever 시·군·구 took
 * it: read by the missing-service finder, which must not suggest a program a person has
 * already applied for. Returns program codes only, no personal data.
 */
public interface OpenApplications {

	/**
	 * The programs each person has an open application for.
	 * @param personIds the persons
	 * @return program codes by person; persons without one are absent
	 */
	Map<UUID, Set<String>> openPrograms(Collection<UUID> personIds);

}
