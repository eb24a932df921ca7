package io.bokjiflow.casework.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import io.bokjiflow.casework.BulkResult;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.FormValidationException;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.SavedTaskFilter;
import io.bokjiflow.casework.TaskDetails;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.identity.Absences;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.DelegationState;
import org.camunda.bpm.engine.task.Task;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The user-task API over Camunda's task service. Lists and visibility come from the
 * {@code cw_task} projection (see {@link TaskProjection}); changes go through the engine,
 * which keeps the projection in step.
 */
@Service
@Transactional
class CaseTaskService implements CaseTasks {

	private final TaskService taskService;

	private final FormService formService;

	private final CaseworkService casework;

	private final Identity identity;

	private final Absences absences;

	private final TaskListQuery query;

	private final SavedTaskFilters filters;

	private final TransactionTemplate eachInItsOwn;

	private final Clock clock;

	private final CaseDocuments documents;

	CaseTaskService(TaskService taskService, FormService formService, CaseworkService casework, Identity identity,
			Absences absences, TaskListQuery query, SavedTaskFilters filters, PlatformTransactionManager transactions,
			Clock clock, CaseDocuments documents) {
		this.documents = documents;
		this.taskService = taskService;
		this.formService = formService;
		this.casework = casework;
		this.identity = identity;
		this.absences = absences;
		this.query = query;
		this.filters = filters;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<TaskRow> tasks(TaskFilter filter, int offset, int limit) {
		return this.query.page(viewer(this.identity.currentUser()), filter, offset, limit);
	}

	@Override
	@Transactional(readOnly = true)
	public long count(TaskFilter filter) {
		return this.query.count(viewer(this.identity.currentUser()), filter);
	}

	/**
	 * The user as the task query sees them. A supervisor's team includes the caseworkers
	 * of their 시·군·구, so that they can balance and reassign work.
	 */
	private TaskListQuery.Viewer viewer(CurrentUser user) {
		Set<String> team = new LinkedHashSet<>(user.groups());
		if (user.has(Role.SUPERVISOR) && user.sigunguCode() != null) {
			team.add(OrgGroups.caseworkers(user.sigunguCode()));
		}
		return new TaskListQuery.Viewer(user.username(), user.groups(), team,
				this.absences.coveredBy(user.username(), LocalDate.now(this.clock)));
	}

	@Override
	public void claim(String taskId) {
		CurrentUser user = this.identity.currentUser();
		TaskListQuery.Viewer viewer = viewer(user);
		TaskRow row = visibleRow(taskId, viewer);
		if (row.assignee() != null) {
			if (row.assignee().equals(user.username())) {
				return;
			}
			if (!viewer.covered().contains(row.assignee())) {
				throw claimedBy(row.assignee());
			}
			// Cover: take over the task of an absent colleague.
			refuseTheReviewerAsDecider(task(taskId), user.username());
			this.taskService.setAssignee(taskId, user.username());
			return;
		}
		if (this.query.candidateGroups(taskId).stream().noneMatch(user.groups()::contains)) {
			throw new UserFacingException("task.error.notCandidate");
		}
		refuseTheReviewerAsDecider(task(taskId), user.username());
		try {
			this.taskService.claim(taskId, user.username());
		}
		catch (TaskAlreadyClaimedException | OptimisticLockingException ex) {
			Task now = this.taskService.createTaskQuery().taskId(taskId).singleResult();
			throw claimedBy(now == null ? null : now.getAssignee());
		}
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult claimAll(Collection<String> taskIds) {
		return eachOnItsOwn(taskIds, this::claim);
	}

	@Override
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	public BulkResult reassign(Collection<String> taskIds, String username) {
		CurrentUser target = this.identity.user(username)
			.orElseThrow(() -> new UserFacingException("task.error.unknownColleague"));
		return eachOnItsOwn(taskIds, taskId -> reassignOne(taskId, target));
	}

	private void reassignOne(String taskId, CurrentUser target) {
		CurrentUser user = this.identity.currentUser();
		TaskListQuery.Viewer viewer = viewer(user);
		TaskRow row = visibleRow(taskId, viewer);
		boolean supervises = user.has(Role.SUPERVISOR)
				&& this.query.candidateGroups(taskId).stream().anyMatch(viewer.teamGroups()::contains);
		boolean holds = user.username().equals(row.assignee())
				|| (row.assignee() != null && viewer.covered().contains(row.assignee()));
		if (!supervises && !holds) {
			throw new UserFacingException("task.error.mayNotReassign");
		}
		if (this.query.candidateGroups(taskId).stream().noneMatch(target.groups()::contains)) {
			throw new UserFacingException("task.error.notCandidateColleague", target.displayName());
		}
		refuseTheReviewerAsDecider(task(taskId), target.username());
		this.taskService.setAssignee(taskId, target.username());
	}

	@Override
	public void delegate(String taskId, String username) {
		CurrentUser user = this.identity.currentUser();
		TaskRow row = visibleRow(taskId, viewer(user));
		if (!user.username().equals(row.assignee())) {
			throw new UserFacingException("task.error.notYours");
		}
		CurrentUser target = this.identity.user(username)
			.orElseThrow(() -> new UserFacingException("task.error.unknownColleague"));
		if (this.query.candidateGroups(taskId).stream().noneMatch(target.groups()::contains)) {
			throw new UserFacingException("task.error.notCandidateColleague", target.displayName());
		}
		refuseTheReviewerAsDecider(task(taskId), target.username());
		this.taskService.delegateTask(taskId, target.username());
	}

	@Override
	@Transactional(readOnly = true)
	public List<CurrentUser> colleagues() {
		return this.absences.colleagues(this.identity.currentUser().username());
	}

	/**
	 * Runs an action per task in its own transaction, so that one refusal (a task someone
	 * else just claimed) neither rolls back nor hides the others.
	 */
	private BulkResult eachOnItsOwn(Collection<String> taskIds, Consumer<String> action) {
		List<String> done = new ArrayList<>();
		Map<String, BulkResult.Refusal> refused = new LinkedHashMap<>();
		for (String taskId : new LinkedHashSet<>(taskIds)) {
			try {
				this.eachInItsOwn.executeWithoutResult(status -> action.accept(taskId));
				done.add(taskId);
			}
			catch (UserFacingException ex) {
				refused.put(taskId, new BulkResult.Refusal(ex.messageKey(), ex.args()));
			}
			catch (OptimisticLockingException ex) {
				refused.put(taskId, new BulkResult.Refusal("task.error.changedMeanwhile", new Object[0]));
			}
		}
		return new BulkResult(List.copyOf(done), refused);
	}

	/**
	 * Four eyes: an investigated case is decided by another caseworker than its reviewer,
	 * who may neither hold nor complete the decision task.
	 */
	private void refuseTheReviewerAsDecider(Task task, String username) {
		if (CaseVariables.DECIDED_BY.equals(CaseVariables.COMPLETED_BY.get(task.getTaskDefinitionKey()))
				&& username.equals(this.taskService.getVariable(task.getId(), CaseVariables.REVIEWED_BY))) {
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
		TaskRow row = visibleRow(taskId, viewer(user));
		if (!user.username().equals(row.assignee())) {
			throw new UserFacingException("task.error.notYours");
		}
		if (row.delegated()) {
			throw new UserFacingException("task.error.delegatedResolve");
		}
		this.taskService.setAssignee(taskId, null);
	}

	@Override
	@Transactional(readOnly = true)
	public TaskDetails open(String taskId) {
		CurrentUser user = this.identity.currentUser();
		TaskRow row = visibleRow(taskId, viewer(user));
		Task task = task(taskId);
		ApplicationEntity app = Optional
			.ofNullable(this.casework.byProcessInstances(List.of(task.getProcessInstanceId()))
				.get(task.getProcessInstanceId()))
			// A task of another module's process (e.g. a failed payment, worked in the
			// payments view) has no case file to show.
			.orElseThrow(() -> new UserFacingException("task.error.notACase"));
		CaseFile file = this.casework.toCaseFile(app);
		return new TaskDetails(row, form(taskId), file);
	}

	@Override
	public void complete(String taskId, Map<String, Object> values) {
		CurrentUser user = this.identity.currentUser();
		TaskRow row = visibleRow(taskId, viewer(user));
		if (!user.username().equals(row.assignee())) {
			throw new UserFacingException("task.error.claimFirst");
		}
		Task task = task(taskId);
		CamundaForm form = form(taskId);
		Map<String, Object> clean = new HashMap<>(form.validate(values));
		refuseFilesOfOtherCases(form, values, row.applicationNo());
		String completedBy = CaseVariables.COMPLETED_BY.getOrDefault(task.getTaskDefinitionKey(),
				CaseVariables.REVIEWED_BY);
		refuseTheReviewerAsDecider(task, user.username());
		if (task.getDelegationState() == DelegationState.PENDING) {
			// The delegate's work goes back to the owner, who completes the task.
			this.taskService.resolveTask(taskId, clean);
			return;
		}
		clean.put(completedBy, user.username());
		this.taskService.complete(taskId, clean);
	}

	/**
	 * A file picker's value must name attachments of this very case (the form checks only
	 * that they look like attachment ids), whoever submits it: the task view or the REST
	 * API.
	 */
	private void refuseFilesOfOtherCases(CamundaForm form, Map<String, Object> values, String applicationNo) {
		Set<String> ofThisCase = null;
		Map<String, String> errors = new HashMap<>();
		for (CamundaForm.Field f : form.keyedFields()) {
			if ("filepicker".equals(f.type()) && values.get(f.key()) instanceof Collection<?> ids && !ids.isEmpty()) {
				if (ofThisCase == null) {
					ofThisCase = this.documents.attachments(applicationNo)
						.stream()
						.map(a -> a.id().toString())
						.collect(Collectors.toSet());
				}
				if (!ofThisCase.containsAll(ids.stream().map(String::valueOf).toList())) {
					errors.put(f.key(), "form.error.file");
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<SavedTaskFilter> savedFilters() {
		return this.filters.visibleTo(this.identity.currentUser());
	}

	@Override
	public SavedTaskFilter saveFilter(String name, boolean shared, TaskFilter filter) {
		return this.filters.save(this.identity.currentUser(), name, shared, filter);
	}

	@Override
	public void deleteFilter(UUID id) {
		this.filters.delete(this.identity.currentUser(), id);
	}

	/**
	 * The task's row if the user may see it (holds it, is in its team, or covers its
	 * holder); otherwise the same "not found" as for a task that does not exist, so other
	 * organisations' tasks stay invisible.
	 */
	private TaskRow visibleRow(String taskId, TaskListQuery.Viewer viewer) {
		if (taskId == null) {
			throw new UserFacingException("task.error.notFound");
		}
		return this.query.visible(viewer, taskId).orElseThrow(() -> new UserFacingException("task.error.notFound"));
	}

	private Task task(String taskId) {
		Task task = this.taskService.createTaskQuery().taskId(taskId).singleResult();
		if (task == null) {
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

}
