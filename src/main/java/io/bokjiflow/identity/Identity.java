package io.bokjiflow.identity;

import java.util.List;
import java.util.Optional;

/**
 * The identity module's API: the signed-in user, users and organisations.
 */
public interface Identity {

	/**
	 * The user of the current request or thread.
	 * @return the user
	 * @throws org.springframework.security.access.AccessDeniedException when nobody is
	 * signed in
	 */
	CurrentUser currentUser();

	/**
	 * A user by login name.
	 * @param username the login name
	 * @return the user, if known
	 */
	Optional<CurrentUser> user(String username);

	/**
	 * An organisation by code.
	 * @param code the official code
	 * @return the organisation, if known
	 */
	Optional<Organization> organization(String code);

	/**
	 * The 읍·면·동 community centres below a 시·군·구.
	 * @param sigunguCode the 시·군·구 code
	 * @return the community centres, by name
	 */
	List<Organization> communityCentres(String sigunguCode);

	/**
	 * Every organisation of a level, by name.
	 * @param level the level
	 * @return the organisations
	 */
	List<Organization> organizations(OrgLevel level);

	/**
	 * The 시·군·구 an organisation belongs to (itself for a 시·군·구).
	 * @param orgCode an organisation code
	 * @return the 시·군·구 code, or empty for ministries and 시·도
	 */
	Optional<String> sigunguOf(String orgCode);

	/**
	 * The enabled users of a Camunda group (a role group or an organisation group such as
	 * {@code caseworkers-11680}).
	 * @param group the group
	 * @return its members
	 */
	List<CurrentUser> members(String group);

}
