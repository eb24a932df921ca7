package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.TaskDetails;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The user-task API over Camunda's task service, limited to the signed-in user's groups.
 * Business data of each row comes from the casework tables in one query per page.
 */
@Service
@Transactional
class CaseTaskService implements CaseTasks {

	private final TaskService taskService;

	private final FormService formService;

	private final CaseworkService casework;

	private final ApplicationRepository applications;

	private final Identity identity;

	CaseTaskService(TaskService taskService, FormService formService, CaseworkService casework,
			ApplicationRepository applications, Identity identity) {
		this.taskService = taskService;
		this.formService = formService;
		this.casework = casework;
		this.applications = applications;
		this.identity = identity;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TaskRow> tasks(TaskScope scope, int offset, int limit) {
		CurrentUser user = this.identity.currentUser();
		List<Task> tasks = query(user, scope).orderByDueDate()
			.asc()
			.orderByTaskCreateTime()
			.asc()
			.listPage(offset, limit);
		Map<String, ApplicationEntity> apps = this.casework
			.byProcessInstances(tasks.stream().map(Task::getProcessInstanceId).distinct().toList());
		return tasks.stream().map(t -> row(t, apps.get(t.getProcessInstanceId()))).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public long count(TaskScope scope) {
		return query(this.identity.currentUser(), scope).count();
	}

	private TaskQuery query(CurrentUser user, TaskScope scope) {
		TaskQuery q = this.taskService.createTaskQuery().active();
		String[] groups = user.groups().toArray(String[]::new);
		return switch (scope) {
			case MINE -> q.taskAssignee(user.username());
			case GROUP -> groups.length == 0 ? q.taskId("-none-") : q.taskCandidateGroupIn(List.of(groups));
			case ALL -> q.or().taskAssignee(user.username()).taskCandidateGroupIn(List.of(groups)).endOr();
		};
	}

	@Override
	public void claim(String taskId) {
		CurrentUser user = this.identity.currentUser();
		Task task = visibleTask(taskId, user);
		if (task.getAssignee() != null) {
			if (task.getAssignee().equals(user.username())) {
				return;
			}
			throw claimedBy(task.getAssignee());
		}
		refuseTheReviewerAsDecider(task, user);
		try {
			this.taskService.claim(taskId, user.username());
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException ex) {
			Task now = this.taskService.createTaskQuery().taskId(taskId).singleResult();
			throw claimedBy(now == null ? null : now.getAssignee());
		}
	}

	/**
	 * Four eyes: an investigated case is decided by another caseworker than its reviewer,
	 * who may neither claim nor complete the decision task.
	 */
	private void refuseTheReviewerAsDecider(Task task, CurrentUser user) {
		if (CaseVariables.DECIDED_BY.equals(CaseVariables.COMPLETED_BY.get(task.getTaskDefinitionKey()))
				&& user.username().equals(this.taskService.getVariable(task.getId(), CaseVariables.REVIEWED_BY))) {
			throw new UserFacingException("task.error.fourEyes");
		}
	}

	private UserFacingException claimedBy(String assignee) {
		String name = assignee == null ? "?"
				: this.identity.user(assignee).map(CurrentUser::displayName).orElse(assignee);
		return new UserFacingException("task.error.claimedBy", name);
	}

	@Override
	public void unclaim(String taskId) {
		CurrentUser user = this.identity.currentUser();
		Task task = visibleTask(taskId, user);
		if (!user.username().equals(task.getAssignee())) {
			throw new UserFacingException("task.error.notYours");
		}
		this.taskService.setAssignee(taskId, null);
	}

	@Override
	@Transactional(readOnly = true)
	public TaskDetails open(String taskId) {
		CurrentUser user = this.identity.currentUser();
		Task task = visibleTask(taskId, user);
		ApplicationEntity app = Optional
			.ofNullable(this.casework.byProcessInstances(List.of(task.getProcessInstanceId()))
				.get(task.getProcessInstanceId()))
			.orElseThrow(() -> new IllegalStateException("Task without an application"));
		CaseFile file = this.casework.toCaseFile(app);
		return new TaskDetails(row(task, app), form(taskId), file);
	}

	@Override
	public void complete(String taskId, Map<String, Object> values) {
		CurrentUser user = this.identity.currentUser();
		Task task = visibleTask(taskId, user);
		if (!user.username().equals(task.getAssignee())) {
			throw new UserFacingException("task.error.claimFirst");
		}
		Map<String, Object> clean = new HashMap<>(form(taskId).validate(values));
		String completedBy = CaseVariables.COMPLETED_BY.getOrDefault(task.getTaskDefinitionKey(),
				CaseVariables.REVIEWED_BY);
		if (CaseVariables.DECIDED_BY.equals(completedBy)
				&& user.username().equals(this.taskService.getVariable(taskId, CaseVariables.REVIEWED_BY))) {
			// Four eyes: an investigated case is decided by another caseworker than its
			// reviewer.
			throw new UserFacingException("task.error.fourEyes");
		}
		clean.put(completedBy, user.username());
		this.taskService.complete(taskId, clean);
	}

	/**
	 * The task if the user holds it or is in one of its candidate groups; otherwise the
	 * same "not found" as for a task that does not exist, so other organisations' tasks
	 * stay invisible.
	 */
	private Task visibleTask(String taskId, CurrentUser user) {
		Task task = taskId == null ? null : this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
			throw new UserFacingException("task.error.notFound");
		}
		if (user.username().equals(task.getAssignee())) {
			return task;
		}
		boolean candidate = this.taskService.getIdentityLinksForTask(taskId)
			.stream()
			.filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()))
			.map(IdentityLink::getGroupId)
			.filter(Objects::nonNull)
			.anyMatch(user.groups()::contains);
		if (!candidate) {
			throw new UserFacingException("task.error.notFound");
		}
		return task;
	}

	private CamundaForm form(String taskId) {
		try (InputStream in = this.formService.getDeployedTaskForm(taskId)) {
			return CamundaForm.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static TaskRow row(Task t, ApplicationEntity app) {
		LocalDate due = t.getDueDate() == null ? null
				: t.getDueDate().toInstant().atZone(ClockConfiguration.ZONE).toLocalDate();
		return new TaskRow(t.getId(), t.getName(), t.getTaskDefinitionKey(), app == null ? null : app.applicationNo(),
				app == null ? null : app.programCode(), app == null ? null : app.applicantNameMask(),
				app == null ? null : app.adminDongCode(), t.getCreateTime().toInstant(), due, t.getAssignee());
	}

}
