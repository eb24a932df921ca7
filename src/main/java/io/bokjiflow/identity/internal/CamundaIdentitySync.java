package io.bokjiflow.identity.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.Role;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Mirrors BokjiFlow users and their groups into Camunda's identity tables and grants each
 * role group its Camunda authorizations. Passwords stay in BokjiFlow: Camunda's web
 * applications and REST API trust the Spring Security login (container-based
 * authentication).
 */
@Component
class CamundaIdentitySync {

	private final IdentityService camundaIdentity;

	private final AuthorizationService authorizations;

	CamundaIdentitySync(IdentityService camundaIdentity, AuthorizationService authorizations) {
		this.camundaIdentity = camundaIdentity;
		this.authorizations = authorizations;
	}

	void syncUser(String username, String displayName, List<String> groups) {
		User user = this.camundaIdentity.createUserQuery().userId(username).singleResult();
		if (user == null) {
			user = this.camundaIdentity.newUser(username);
		}
		user.setFirstName(displayName);
		user.setLastName("");
		this.camundaIdentity.saveUser(user);
		for (String groupId : groups) {
			ensureGroup(groupId);
			boolean member = this.camundaIdentity.createUserQuery().userId(username).memberOfGroup(groupId).count() > 0;
			if (!member) {
				this.camundaIdentity.createMembership(username, groupId);
			}
		}
	}

	void ensureGroup(String groupId) {
		if (this.camundaIdentity.createGroupQuery().groupId(groupId).count() == 0) {
			Group group = this.camundaIdentity.newGroup(groupId);
			group.setName(groupId);
			group.setType(isOrganizationGroup(groupId) ? "ORGANIZATION" : "ROLE");
			this.camundaIdentity.saveGroup(group);
		}
		reconcile(groupId);
	}

	/**
	 * Brings the grants of every existing role group in line with {@link #GRANTS}, so a
	 * changed table reaches databases created by an earlier version.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Order(-1)
	void reconcileRoleGroups() {
		for (Role role : Role.values()) {
			if (this.camundaIdentity.createGroupQuery().groupId(role.camundaGroup()).count() > 0) {
				reconcile(role.camundaGroup());
			}
		}
	}

	/**
	 * One role-wide grant: a permission set on all resources of a type ({@code *}) or on
	 * one web application.
	 */
	record Grant(Resource resource, String resourceId, Permission... permissions) {
	}

	/**
	 * What each role group may do in Camunda itself (Cockpit, Tasklist, Admin and
	 * {@code /engine-rest}); the matrix in
	 * {@code src/test/resources/security/access-matrix.md} asserts the outcome. Tasks are
	 * granted to their candidate groups by the engine when they are created
	 * ({@code caseworkers-<시·군·구>}), which keeps a caseworker to their 시·군·구. Roles not
	 * listed (local official, auditor) get nothing: they use BokjiFlow's own views only.
	 * The process designer reads models and deployments, not the cases that run on them
	 * (no instance, task, variable or history reads). Supervisors read models and
	 * deployments role-wide but cases only of their 시·군·구: per-object grants to
	 * {@code supervisors-<시·군·구>} ({@link DistrictGrantsPlugin}); no decision history,
	 * which Camunda grants only per decision definition and which holds every district's
	 * case facts.
	 */
	static final Map<Role, List<Grant>> GRANTS = Map.of(Role.CASEWORKER,
			List.of(new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
					new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.FILTER, Authorization.ANY, Permissions.READ)),
			Role.SUPERVISOR,
			List.of(new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
					new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS),
					new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ)),
			Role.PROCESS_DESIGNER,
			List.of(new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS),
					new Grant(Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ),
					new Grant(Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ)));

	/** The grants of a role group; the administrator's group gets everything. */
	static List<Grant> grantsOf(String groupId) {
		if (groupId.equals(Role.ADMINISTRATOR.camundaGroup())) {
			return Arrays.stream(Resources.values())
				.map(resource -> new Grant(resource, Authorization.ANY, Permissions.ALL))
				.toList();
		}
		return Arrays.stream(Role.values())
			.filter(role -> role.camundaGroup().equals(groupId))
			.findFirst()
			.map(role -> GRANTS.getOrDefault(role, List.of()))
			.orElse(List.of());
	}

	/**
	 * Sets a role group's role-wide grants ({@code *} and web applications) to exactly
	 * the table's: missing ones are created, changed ones corrected, others removed.
	 * Organisation groups and per-object grants (the engine's task grants) are left
	 * alone.
	 */
	private void reconcile(String groupId) {
		if (isOrganizationGroup(groupId)) {
			return;
		}
		List<Grant> wanted = grantsOf(groupId);
		for (Authorization existing : this.authorizations.createAuthorizationQuery().groupIdIn(groupId).list()) {
			boolean roleWide = Authorization.ANY.equals(existing.getResourceId())
					|| existing.getResourceType() == Resources.APPLICATION.resourceType();
			if (!roleWide || existing.getAuthorizationType() != Authorization.AUTH_TYPE_GRANT) {
				continue;
			}
			Grant grant = wanted.stream()
				.filter(g -> g.resource().resourceType() == existing.getResourceType()
						&& g.resourceId().equals(existing.getResourceId()))
				.findFirst()
				.orElse(null);
			if (grant == null) {
				this.authorizations.deleteAuthorization(existing.getId());
			}
			else if (!samePermissions(existing, grant)) {
				existing.setPermissions(grant.permissions());
				this.authorizations.saveAuthorization(existing);
			}
		}
		for (Grant grant : wanted) {
			boolean exists = this.authorizations.createAuthorizationQuery()
				.groupIdIn(groupId)
				.resourceType(grant.resource())
				.resourceId(grant.resourceId())
				.count() > 0;
			if (!exists) {
				Authorization auth = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
				auth.setGroupId(groupId);
				auth.setResource(grant.resource());
				auth.setResourceId(grant.resourceId());
				auth.setPermissions(grant.permissions());
				this.authorizations.saveAuthorization(auth);
			}
		}
	}

	private static boolean samePermissions(Authorization existing, Grant grant) {
		for (Permission permission : grant.permissions()) {
			if (!existing.isPermissionGranted(permission)) {
				return false;
			}
		}
		Permission[] granted = existing.getPermissions(Permissions.values());
		return Arrays.stream(granted)
			.allMatch(p -> p == Permissions.NONE || Arrays.stream(grant.permissions())
				.anyMatch(w -> w == Permissions.ALL || w.getName().equals(p.getName())));
	}

	static boolean isOrganizationGroup(String groupId) {
		return groupId.startsWith(OrgGroups.caseworkers("")) || groupId.startsWith(OrgGroups.supervisors(""));
	}

}
