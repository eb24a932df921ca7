package io.bokjiflow.casework.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.bokjiflow.identity.DistrictGrants;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Component;

/**
 * Service task of the {@code resident-moved} event subprocess: moves the case to the 행정동
 * the applicant moved to and, when that is another 시·군·구, re-routes it there — the
 * variable {@code sigunguCode} of the case's process instance and of every instance its
 * call activities started, and the open tasks of all of them: the candidate groups of the
 * old 시·군·구 (caseworkers, supervisors) are replaced by the new one's and an assignee who
 * works for the old 시·군·구 lets go; the Camunda reads of the old 시·군·구's supervisors
 * (instances, history, tasks) move to the new one's. The task projection follows the
 * engine's history events. A move to where the case is already changes nothing.
 */
@Component("rerouteCaseDelegate")
class RerouteCaseDelegate implements JavaDelegate {

	private final CaseworkService casework;

	private final Identity identity;

	private final DistrictGrants grants;

	RerouteCaseDelegate(CaseworkService casework, Identity identity, DistrictGrants grants) {
		this.casework = casework;
		this.identity = identity;
		this.grants = grants;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String newDong = (String) execution.getVariable(CaseVariables.MOVED_TO_ADMIN_DONG);
		if (newDong == null || newDong.length() < 5) {
			throw new IllegalStateException("The resident-moved message names no 행정동");
		}
		String oldSigungu = this.casework.relocate(CaseVariables.applicationId(execution), newDong,
				(String) execution.getVariable(CaseVariables.LIFE_EVENT_CHANGE_ID));
		if (oldSigungu == null) {
			return;
		}
		String newSigungu = newDong.substring(0, 5);
		RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
		TaskService tasks = execution.getProcessEngineServices().getTaskService();
		List<String> instances = processTree(runtime, execution.getProcessInstanceId());
		execution.getProcessInstance().setVariable(CaseVariables.SIGUNGU_CODE, newSigungu);
		for (String instance : instances.subList(1, instances.size())) {
			runtime.setVariable(instance, CaseVariables.SIGUNGU_CODE, newSigungu);
		}
		this.grants.moveCase(execution.getProcessInstanceId(), oldSigungu, newSigungu);
		Map<String, String> groups = Map.of(OrgGroups.caseworkers(oldSigungu), OrgGroups.caseworkers(newSigungu),
				OrgGroups.supervisors(oldSigungu), OrgGroups.supervisors(newSigungu));
		for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
			for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
				String to = link.getGroupId() == null ? null : groups.get(link.getGroupId());
				if (IdentityLinkType.CANDIDATE.equals(link.getType()) && to != null) {
					tasks.deleteCandidateGroup(task.getId(), link.getGroupId());
					tasks.addCandidateGroup(task.getId(), to);
				}
			}
			if (task.getAssignee() != null && this.identity.user(task.getAssignee())
				.map(user -> oldSigungu.equals(user.sigunguCode()))
				.orElse(false)) {
				tasks.setAssignee(task.getId(), null);
			}
		}
	}

	/** A process instance first, then every instance its call activities started. */
	private static List<String> processTree(RuntimeService runtime, String processInstanceId) {
		List<String> all = new ArrayList<>();
		Deque<String> next = new ArrayDeque<>(List.of(processInstanceId));
		while (!next.isEmpty()) {
			String id = next.removeFirst();
			all.add(id);
			runtime.createProcessInstanceQuery()
				.superProcessInstanceId(id)
				.list()
				.forEach(sub -> next.addLast(sub.getId()));
		}
		return all;
	}

}
