package io.bokjiflow.identity.internal;

import java.util.List;

import io.bokjiflow.identity.Role;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Camunda grants follow the role table at every start: a grant added or widened by hand
 * (or by an older version) is corrected, a missing one restored; local officials and
 * auditors hold none; supervisors hold no role-wide reads of cases (instances, tasks,
 * history, decision history), only of models.
 */
class CamundaGrantsIT extends IntegrationTest {

	@Autowired
	private CamundaIdentitySync sync;

	@Autowired
	private AuthorizationService authorizations;

	@Test
	void shouldReconcileRoleGrantsWithTheTable() {
		String designer = Role.PROCESS_DESIGNER.camundaGroup();
		// what an earlier version granted the designer: every task, and instance reads
		Authorization tasks = this.authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
		tasks.setGroupId(designer);
		tasks.setResource(Resources.TASK);
		tasks.setResourceId(Authorization.ANY);
		tasks.addPermission(Permissions.READ);
		this.authorizations.saveAuthorization(tasks);
		Authorization definitions = definitionGrant(designer);
		definitions.addPermission(Permissions.READ_INSTANCE);
		this.authorizations.saveAuthorization(definitions);
		// and a caseworker grant lost
		String caseworker = Role.CASEWORKER.camundaGroup();
		this.authorizations.deleteAuthorization(definitionGrant(caseworker).getId());

		this.sync.reconcileRoleGroups();

		assertThat(this.authorizations.createAuthorizationQuery()
			.groupIdIn(designer)
			.resourceType(Resources.TASK)
			.resourceId(Authorization.ANY)
			.count()).isZero();
		assertThat(definitionGrant(designer).isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(definitionGrant(designer).isPermissionGranted(Permissions.READ_INSTANCE)).isFalse();
		assertThat(definitionGrant(caseworker).isPermissionGranted(Permissions.READ)).isTrue();
		assertThat(this.authorizations.isUserAuthorized("designer", List.of(designer), Permissions.READ,
				Resources.PROCESS_INSTANCE, "any-instance"))
			.isFalse();
		// (Camunda itself lets the members of a group read that group.)
		for (Role none : List.of(Role.LOCAL_OFFICIAL, Role.AUDITOR)) {
			assertThat(this.authorizations.createAuthorizationQuery().groupIdIn(none.camundaGroup()).list())
				.as(none.name())
				.allSatisfy(a -> {
					assertThat(a.getResourceType()).isEqualTo(Resources.GROUP.resourceType());
					assertThat(a.getResourceId()).isEqualTo(none.camundaGroup());
				});
		}
		// supervisors: no role-wide case reads (they come per object, for their 시·군·구)
		String supervisor = Role.SUPERVISOR.camundaGroup();
		for (Resources resource : List.of(Resources.PROCESS_INSTANCE, Resources.TASK)) {
			assertThat(this.authorizations.isUserAuthorized("sv.gangnam", List.of(supervisor), Permissions.READ,
					resource, "any-" + resource.resourceName()))
				.as(resource.resourceName())
				.isFalse();
		}
		assertThat(this.authorizations.isUserAuthorized("sv.gangnam", List.of(supervisor),
				HistoricProcessInstancePermissions.READ, Resources.HISTORIC_PROCESS_INSTANCE, "any-instance"))
			.isFalse();
		assertThat(this.authorizations.isUserAuthorized("sv.gangnam", List.of(supervisor), HistoricTaskPermissions.READ,
				Resources.HISTORIC_TASK, "any-task"))
			.isFalse();
		for (Permissions permission : List.of(Permissions.READ_INSTANCE, Permissions.READ_TASK,
				Permissions.READ_HISTORY)) {
			assertThat(this.authorizations.isUserAuthorized("sv.gangnam", List.of(supervisor), permission,
					Resources.PROCESS_DEFINITION, "any-definition"))
				.as(permission.getName())
				.isFalse();
		}
		assertThat(this.authorizations.isUserAuthorized("sv.gangnam", List.of(supervisor), Permissions.READ_HISTORY,
				Resources.DECISION_DEFINITION, "any-decision"))
			.isFalse();
		assertThat(this.authorizations.isUserAuthorized("sv.gangnam", List.of(supervisor), Permissions.READ,
				Resources.PROCESS_DEFINITION, "any-definition"))
			.isTrue();
		assertThat(this.authorizations.isUserAuthorized("admin", List.of(Role.ADMINISTRATOR.camundaGroup()),
				Permissions.ALL, Resources.DEPLOYMENT, "x"))
			.isTrue();
	}

	private Authorization definitionGrant(String group) {
		return this.authorizations.createAuthorizationQuery()
			.groupIdIn(group)
			.resourceType(Resources.PROCESS_DEFINITION)
			.resourceId(Authorization.ANY)
			.singleResult();
	}

}
