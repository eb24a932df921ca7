package io.bokjiflow.operations.internal;

import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;

/**
 * Who may run process operations and on which instances: an administrator on all, a
 * supervisor on those of their 시·군·구 (the root process variable {@code sigunguCode}).
 *
 * @param user the signed-in user
 * @param sigunguCode the 시·군·구 the user is limited to, {@code null} for all
 */
record OperationsScope(CurrentUser user, String sigunguCode) {

	static OperationsScope of(Identity identity) {
		CurrentUser user;
		try {
			user = identity.currentUser();
		}
		catch (RuntimeException notSignedIn) {
			throw new UserFacingException("operations.error.forbidden");
		}
		if (user.has(Role.ADMINISTRATOR)) {
			return new OperationsScope(user, null);
		}
		if (user.has(Role.SUPERVISOR) && user.sigunguCode() != null) {
			return new OperationsScope(user, user.sigunguCode());
		}
		throw new UserFacingException("operations.error.forbidden");
	}

	boolean all() {
		return this.sigunguCode == null;
	}

	/**
	 * A SQL condition limiting a process instance id column to the scope (uses the named
	 * parameter {@code sigungu}); empty for an administrator.
	 */
	String sql(String processInstanceIdColumn) {
		if (all()) {
			return "";
		}
		return " and exists (select 1 from act_hi_varinst sv where sv.proc_inst_id_ = " + processInstanceIdColumn
				+ " and sv.execution_id_ = " + processInstanceIdColumn
				+ " and sv.name_ = 'sigunguCode' and sv.text_ = :sigungu)";
	}

}
