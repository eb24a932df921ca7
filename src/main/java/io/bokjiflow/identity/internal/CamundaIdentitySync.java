package io.bokjiflow.identity.internal;

import java.util.List;

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
		if (this.camundaIdentity.createGroupQuery().groupId(groupId).count() > 0) {
			return;
		}
		Group group = this.camundaIdentity.newGroup(groupId);
		group.setName(groupId);
		group.setType(isOrganizationGroup(groupId) ? "ORGANIZATION" : "ROLE");
		this.camundaIdentity.saveGroup(group);
		grantRoleDefaults(groupId);
	}

	private void grantRoleDefaults(String groupId) {
		if (groupId.equals(Role.ADMINISTRATOR.camundaGroup())) {
			for (Resource resource : Resources.values()) {
				grant(groupId, resource, Authorization.ANY, Permissions.ALL);
			}
		}
		else if (groupId.equals(Role.CASEWORKER.camundaGroup())) {
			// Tasks themselves are granted per candidate group by the engine when a task
			// is created.
			grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ);
			grant(groupId, Resources.FILTER, Authorization.ANY, Permissions.READ);
		}
		else if (groupId.equals(Role.SUPERVISOR.camundaGroup())
				|| groupId.equals(Role.PROCESS_DESIGNER.camundaGroup())) {
			grant(groupId, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
			grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
			grant(groupId, Resources.PROCESS_DEFINITION, Authorization.ANY, Permissions.READ, Permissions.READ_INSTANCE,
					Permissions.READ_HISTORY, Permissions.READ_TASK);
			grant(groupId, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.READ);
			grant(groupId, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ,
					Permissions.READ_HISTORY);
			grant(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, Authorization.ANY, Permissions.READ);
			grant(groupId, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
			grant(groupId, Resources.TASK, Authorization.ANY, Permissions.READ);
		}
	}

	private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
		boolean exists = this.authorizations.createAuthorizationQuery()
			.groupIdIn(groupId)
			.resourceType(resource)
			.resourceId(resourceId)
			.count() > 0;
		if (exists) {
			return;
		}
		Authorization auth = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		auth.setGroupId(groupId);
		auth.setResource(resource);
		auth.setResourceId(resourceId);
		for (Permission permission : permissions) {
			auth.addPermission(permission);
		}
		this.authorizations.saveAuthorization(auth);
	}

	static boolean isOrganizationGroup(String groupId) {
		return groupId.startsWith(OrgGroups.caseworkers("")) || groupId.startsWith(OrgGroups.supervisors(""));
	}

}
