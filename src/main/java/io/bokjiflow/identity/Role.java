package io.bokjiflow.identity;

/**
 * What a user may do in BokjiFlow; each role is also a Camunda group of the same id.
 */
public enum Role {

	CASEWORKER("caseworker"), SUPERVISOR("supervisor"), PROCESS_DESIGNER("process-designer"),
	LOCAL_OFFICIAL("local-official"), ADMINISTRATOR("camunda-admin"),
	/**
	 * Reads the audit logs (who saw or changed what) and nothing else; cannot open cases
	 * or tasks.
	 */
	AUDITOR("auditor");

	private final String camundaGroup;

	Role(String camundaGroup) {
		this.camundaGroup = camundaGroup;
	}

	/** The Camunda group that stands for this role. */
	public String camundaGroup() {
		return this.camundaGroup;
	}

	/** The Spring Security authority, e.g. {@code ROLE_CASEWORKER}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
