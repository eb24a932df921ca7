package io.bokjiflow.identity;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as other modules see them: who, in which organisation, with which
 * roles and Camunda groups.
 *
 * @param username the login name (also the Camunda user id)
 * @param displayName the name shown in the UI
 * @param organization the user's organisation
 * @param sigunguCode the 시·군·구 the user works for, or {@code null} for ministry staff
 * @param roles the user's roles
 * @param groups every Camunda group the user belongs to (roles and organisations)
 */
public record CurrentUser(String username, String displayName, Organization organization, String sigunguCode,
		Set<Role> roles, List<String> groups) {

	/** Whether the user holds a role. */
	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	/** Whether the user may read the audit logs (an auditor or an administrator). */
	public boolean mayReadAuditLogs() {
		return has(Role.AUDITOR) || has(Role.ADMINISTRATOR);
	}

	/**
	 * Refuses a user who may not read the audit logs.
	 * @param log the log asked for, for the exception's message
	 * @throws org.springframework.security.access.AccessDeniedException unless
	 * {@link #mayReadAuditLogs()}
	 */
	public void requireAuditLogReader(String log) {
		if (!mayReadAuditLogs()) {
			throw new org.springframework.security.access.AccessDeniedException(
					log + " is for auditors and administrators");
		}
	}

}
