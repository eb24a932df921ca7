package io.bokjiflow.identity;

/**
 * Names of the Camunda groups that stand for organisations; process models use them as
 * candidate groups so that a task reaches only the caseworkers of the right 시·군·구.
 */
public final class OrgGroups {

	private OrgGroups() {
	}

	/**
	 * The group of all caseworkers of a 시·군·구 (and its 읍·면·동).
	 * @param sigunguCode the five-digit 시·군·구 code
	 * @return e.g. {@code caseworkers-11680}
	 */
	public static String caseworkers(String sigunguCode) {
		return "caseworkers-" + sigunguCode;
	}

	/**
	 * The group of the supervisors of a 시·군·구.
	 * @param sigunguCode the five-digit 시·군·구 code
	 * @return e.g. {@code supervisors-11680}
	 */
	public static String supervisors(String sigunguCode) {
		return "supervisors-" + sigunguCode;
	}

}
