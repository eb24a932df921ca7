package io.bokjiflow.identity.internal;

import java.util.EnumSet;

import io.bokjiflow.identity.Role;

import org.springframework.context.ApplicationContext;

/**
 * Caseworkers for tests that need a 시·군·구 the demo users do not cover: created the way
 * the demo users are ({@link UserProvisioning}: hashed password, Camunda user and
 * groups), in the running application, so the shared Spring context stays the same.
 */
public final class TestCaseworkers {

	private TestCaseworkers() {
	}

	/**
	 * Creates a caseworker of a community centre, or leaves an existing one as it is.
	 * @param context the running application
	 * @param username the user name
	 * @param displayName the name shown in the UI
	 * @param communityCentreCode the 행정동 code of the user's organisation
	 * @param password the password
	 */
	public static void provision(ApplicationContext context, String username, String displayName,
			String communityCentreCode, String password) {
		context.getBean(UserProvisioning.class)
			.provision(username, password, displayName, communityCentreCode, EnumSet.of(Role.CASEWORKER));
	}

	/**
	 * Creates a user of any organisation and roles, or leaves an existing one as it is.
	 * @param context the running application
	 * @param username the user name
	 * @param displayName the name shown in the UI
	 * @param orgCode the user's organisation
	 * @param password the password
	 * @param roles the roles
	 */
	public static void provisionUser(ApplicationContext context, String username, String displayName, String orgCode,
			String password, java.util.Set<Role> roles) {
		context.getBean(UserProvisioning.class).provision(username, password, displayName, orgCode, roles);
	}

}
