package io.bokjiflow.casework.internal;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;

import io.bokjiflow.casework.CaseIncidentRaised;
import io.bokjiflow.casework.TaskAssigned;
import io.bokjiflow.casework.TaskOffered;
import io.bokjiflow.casework.TasksChanged;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code cw_task} (the task list's projection of open user tasks) and
 * {@code cw_case_incident} in step with the engine. It is a history event handler, so it
 * sees every change whoever makes it — BokjiFlow's task list, Camunda Tasklist or the
 * REST API — and writes in the engine's own transaction: a task and its row commit or
 * roll back together. Events may arrive in any order (a candidate group before the task's
 * create event), so every write is an upsert.
 *
 * <p>
 * It also publishes {@link TaskOffered}, {@link TaskAssigned} and
 * {@link CaseIncidentRaised} for the notifications module; listeners run after commit.
 */
@Component
class TaskProjection implements HistoryEventHandler {

	private static final String UPSERT_TASK = """
			insert into cw_task (task_id, process_instance_id, root_process_instance_id, application_no, task_name,
			    task_definition_key, created_at, due_at, priority, assignee, owner)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (task_id) do update set process_instance_id = excluded.process_instance_id,
			    root_process_instance_id = excluded.root_process_instance_id,
			    application_no = coalesce(excluded.application_no, cw_task.application_no),
			    task_name = excluded.task_name, task_definition_key = excluded.task_definition_key,
			    created_at = coalesce(cw_task.created_at, excluded.created_at), due_at = excluded.due_at,
			    priority = excluded.priority, assignee = excluded.assignee, owner = excluded.owner
			""";

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	TaskProjection(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public void handleEvent(HistoryEvent event) {
		if (event instanceof HistoricTaskInstanceEventEntity task) {
			onTask(task);
			this.events.publishEvent(TasksChanged.INSTANCE);
		}
		else if (event instanceof HistoricIdentityLinkLogEventEntity link) {
			onIdentityLink(link);
			this.events.publishEvent(TasksChanged.INSTANCE);
		}
		else if (event instanceof HistoricIncidentEventEntity incident) {
			onIncident(incident);
		}
	}

	@Override
	public void handleEvents(List<HistoryEvent> events) {
		events.forEach(this::handleEvent);
	}

	private void onTask(HistoricTaskInstanceEventEntity task) {
		if (task.getProcessInstanceId() == null) {
			return; // a standalone task, not part of a case
		}
		if (task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)
				|| task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)) {
			this.jdbc.update("delete from cw_task where task_id = ?", task.getTaskId());
			return;
		}
		boolean created = task.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE);
		List<String> before = created ? List.of() : this.jdbc
			.queryForList("select assignee from cw_task where task_id = ?", String.class, task.getTaskId());
		String previousAssignee = before.isEmpty() ? null : before.get(0);
		String applicationNo = businessKey(task.getProcessInstanceId());
		this.jdbc.update(UPSERT_TASK, task.getTaskId(), task.getProcessInstanceId(), task.getRootProcessInstanceId(),
				applicationNo, task.getName(), task.getTaskDefinitionKey(), timestamp(task.getStartTime()),
				timestamp(task.getDueDate()), task.getPriority(), task.getAssignee(), task.getOwner());
		if (task.getAssignee() != null && !task.getAssignee().equals(previousAssignee)) {
			this.events.publishEvent(new TaskAssigned(task.getTaskId(), task.getName(), applicationNo,
					task.getAssignee(), currentUser()));
		}
	}

	private void onIdentityLink(HistoricIdentityLinkLogEventEntity link) {
		if (link.getTaskId() == null || link.getGroupId() == null
				|| !IdentityLinkType.CANDIDATE.equals(link.getType())) {
			return;
		}
		if (link.isEventOfType(HistoryEventTypes.IDENTITY_LINK_ADD)) {
			this.jdbc.update("""
					insert into cw_task (task_id, candidate_groups) values (?, array[?])
					on conflict (task_id) do update set candidate_groups =
					    array(select distinct unnest(cw_task.candidate_groups || excluded.candidate_groups))
					""", link.getTaskId(), link.getGroupId());
			String applicationNo = link.getProcessInstanceId() == null ? null
					: businessKey(link.getProcessInstanceId());
			this.events.publishEvent(new TaskOffered(link.getTaskId(), applicationNo, link.getGroupId()));
		}
		else {
			this.jdbc.update(
					"update cw_task set candidate_groups = array_remove(candidate_groups, ?) where task_id = ?",
					link.getGroupId(), link.getTaskId());
		}
	}

	private void onIncident(HistoricIncidentEventEntity incident) {
		if (incident.isEventOfType(HistoryEventTypes.INCIDENT_CREATE)) {
			String applicationNo = incident.getProcessInstanceId() == null ? null
					: businessKey(incident.getProcessInstanceId());
			this.jdbc.update("""
					insert into cw_case_incident (incident_id, root_process_instance_id, application_no, activity_id,
					    message, created_at)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing
					""", incident.getId(), incident.getRootProcessInstanceId(), applicationNo, incident.getActivityId(),
					incident.getIncidentMessage(), timestamp(incident.getCreateTime()));
			// Only the failing step itself, not the call activities above it, which
			// Camunda
			// marks with incidents of their own.
			boolean rootCause = incident.getId().equals(incident.getRootCauseIncidentId());
			if (applicationNo != null && rootCause) {
				String sigungu = this.jdbc
					.queryForList("select sigungu_code from cw_application where application_no = ?", String.class,
							applicationNo)
					.stream()
					.findFirst()
					.orElse(null);
				this.events.publishEvent(new CaseIncidentRaised(applicationNo, sigungu, incident.getActivityId(),
						incident.getIncidentMessage()));
			}
		}
		else if (incident.isEventOfType(HistoryEventTypes.INCIDENT_RESOLVE)
				|| incident.isEventOfType(HistoryEventTypes.INCIDENT_DELETE)) {
			this.jdbc.update("delete from cw_case_incident where incident_id = ?", incident.getId());
		}
	}

	/**
	 * The business key (application number) of a process instance, from the command's
	 * cache.
	 */
	private static String businessKey(String processInstanceId) {
		CommandContext context = Context.getCommandContext();
		if (context == null) {
			return null;
		}
		ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
		return instance == null ? null : instance.getBusinessKey();
	}

	/**
	 * Who made the change: the engine's authenticated user (Cockpit, Tasklist, REST) or
	 * the user signed in to BokjiFlow on this thread; {@code null} for the engine itself
	 * (a job).
	 */
	private static String currentUser() {
		CommandContext context = Context.getCommandContext();
		if (context != null && context.getAuthenticatedUserId() != null) {
			return context.getAuthenticatedUserId();
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth == null || !auth.isAuthenticated() ? null : auth.getName();
	}

	private static Timestamp timestamp(Date date) {
		return date == null ? null : new Timestamp(date.getTime());
	}

}
