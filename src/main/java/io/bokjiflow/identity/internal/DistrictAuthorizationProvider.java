package io.bokjiflow.identity.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.bokjiflow.identity.OrgGroups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

/**
 * Camunda's default task grants plus the district grants of supervisors: when a task gets
 * a candidate group of a 시·군·구 ({@code caseworkers-<code>} or
 * {@code supervisors-<code>}), the group {@code supervisors-<code>} may read the task and
 * its process instance (runtime and history); when the candidate group is removed (a case
 * re-routed after a move), the removed group's task grants and the supervisors' read go
 * with it.
 */
class DistrictAuthorizationProvider extends DefaultAuthorizationProvider {

	@Override
	public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
		AuthorizationEntity[] own = super.newTaskGroupIdentityLink(task, groupId, type);
		String district = districtOf(groupId);
		if (district == null || !IdentityLinkType.CANDIDATE.equals(type)) {
			return own;
		}
		String supervisors = OrgGroups.supervisors(district);
		List<AuthorizationEntity> all = new ArrayList<>(Arrays.asList(own));
		if (!supervisors.equals(groupId)) {
			all.add(readGrant(supervisors, Resources.TASK, task.getId(), null));
		}
		ExecutionEntity execution = task instanceof TaskEntity entity ? entity.getExecution() : null;
		if (execution != null) {
			all.addAll(instanceGrants(supervisors, execution.getProcessInstanceId(),
					execution.getRootProcessInstanceId(), true));
		}
		return all.stream().filter(Objects::nonNull).toArray(AuthorizationEntity[]::new);
	}

	@Override
	public AuthorizationEntity[] deleteTaskGroupIdentityLink(Task task, String groupId, String type) {
		String district = districtOf(groupId);
		if (district == null || !IdentityLinkType.CANDIDATE.equals(type)) {
			return super.deleteTaskGroupIdentityLink(task, groupId, type);
		}
		String supervisors = OrgGroups.supervisors(district);
		boolean districtStays = Context.getCommandContext()
			.getIdentityLinkManager()
			.findIdentityLinksByTaskId(task.getId())
			.stream()
			.filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
			.map(IdentityLinkEntity::getGroupId)
			.anyMatch(other -> !other.equals(groupId) && district.equals(districtOf(other)));
		List<AuthorizationEntity> gone = new ArrayList<>();
		if (!(districtStays && supervisors.equals(groupId))) {
			gone.add(getGrantAuthorizationByGroupId(groupId, Resources.TASK, task.getId()));
			gone.add(getGrantAuthorizationByGroupId(groupId, Resources.HISTORIC_TASK, task.getId()));
		}
		if (!districtStays && !supervisors.equals(groupId)) {
			gone.add(getGrantAuthorizationByGroupId(supervisors, Resources.TASK, task.getId()));
		}
		return gone.stream().filter(Objects::nonNull).toArray(AuthorizationEntity[]::new);
	}

	/**
	 * READ on a process instance and on its history for a group: new or widened grants,
	 * none when the group holds both already.
	 * @param groupId the group, e.g. {@code supervisors-11680}
	 * @param processInstanceId the instance
	 * @param rootProcessInstanceId the root of its call tree (history cleanup removes the
	 * historic grant with the root's history)
	 * @param running whether the instance runs (else only its history is granted)
	 * @return the grants to save
	 */
	List<AuthorizationEntity> instanceGrants(String groupId, String processInstanceId, String rootProcessInstanceId,
			boolean running) {
		List<AuthorizationEntity> grants = new ArrayList<>(2);
		if (running) {
			grants.add(readGrant(groupId, Resources.PROCESS_INSTANCE, processInstanceId, null));
		}
		grants.add(readGrant(groupId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId,
				rootProcessInstanceId == null ? processInstanceId : rootProcessInstanceId));
		return grants.stream().filter(Objects::nonNull).toList();
	}

	/**
	 * A READ grant for a group on one object: {@code null} when it holds one already, the
	 * widened grant when it holds another permission, else a new grant (merged with one
	 * created earlier in the same command).
	 */
	private AuthorizationEntity readGrant(String groupId, Resource resource, String resourceId, String root) {
		AuthorizationEntity existing = getGrantAuthorizationByGroupId(groupId, resource, resourceId);
		if (existing != null) {
			if (existing.isPermissionGranted(Permissions.READ)) {
				return null;
			}
			existing.addPermission(Permissions.READ);
			return existing;
		}
		AuthorizationEntity created = createAuthorization(null, groupId, resource, resourceId, Permissions.READ);
		if (root != null) {
			created.setRootProcessInstanceId(root);
			if (isHistoryRemovalTimeStrategyStart()) {
				var rootInstance = findHistoricProcessInstance(root);
				created.setRemovalTime(rootInstance == null ? null : rootInstance.getRemovalTime());
			}
		}
		return created;
	}

	/**
	 * The 시·군·구 of an organisation group.
	 * @param groupId a Camunda group id
	 * @return the five-digit code of {@code caseworkers-<code>} or
	 * {@code supervisors-<code>}, else {@code null}
	 */
	static String districtOf(String groupId) {
		for (String prefix : List.of(OrgGroups.caseworkers(""), OrgGroups.supervisors(""))) {
			if (groupId != null && groupId.startsWith(prefix)) {
				String code = groupId.substring(prefix.length());
				return code.matches("\\d{5}") ? code : null;
			}
		}
		return null;
	}

}
