package io.bokjiflow.casework.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.TaskDraft;
import io.bokjiflow.casework.TaskDrafts;
import io.bokjiflow.identity.Identity;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of task forms in {@code cw_task_draft}, one per task and user; the task's own
 * form (the version deployed with its process) type-checks what is kept.
 */
@Service
@Transactional
class TaskDraftService implements TaskDrafts {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final JdbcTemplate jdbc;

	private final CaseTasks tasks;

	private final Identity identity;

	private final Clock clock;

	TaskDraftService(JdbcTemplate jdbc, CaseTasks tasks, Identity identity, Clock clock) {
		this.jdbc = jdbc;
		this.tasks = tasks;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	public TaskDraft save(String taskId, Map<String, Object> values) {
		// Opening checks that the user may see the task, and gives its form.
		CamundaForm form = this.tasks.open(taskId).form();
		Map<String, Object> kept = form.sanitiseDraft(values);
		Instant now = this.clock.instant();
		this.jdbc.update(
				"""
						insert into cw_task_draft (task_id, username, form_id, form_values, saved_at)
						values (?, ?, ?, cast(? as jsonb), ?)
						on conflict (task_id, username)
						do update set form_id = excluded.form_id, form_values = excluded.form_values, saved_at = excluded.saved_at
						""",
				taskId, username(), form.id(), write(kept), Timestamp.from(now));
		return new TaskDraft(taskId, kept, now);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<TaskDraft> find(String taskId) {
		return this.jdbc
			.query("select form_values, saved_at from cw_task_draft where task_id = ? and username = ?",
					(rs, n) -> new TaskDraft(taskId, read(rs.getString(1)), rs.getTimestamp(2).toInstant()), taskId,
					username())
			.stream()
			.findFirst();
	}

	@Override
	public void discard(String taskId) {
		this.jdbc.update("delete from cw_task_draft where task_id = ? and username = ?", taskId, username());
	}

	/**
	 * A completed or deleted task takes every user's draft with it, whoever completed it
	 * and however (task view, Camunda Tasklist or REST); runs in the engine's
	 * transaction.
	 */
	@EventListener(condition = "#task.eventName == 'complete' or #task.eventName == 'delete'")
	void onTaskEnded(DelegateTask task) {
		if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())
				|| TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
			this.jdbc.update("delete from cw_task_draft where task_id = ?", task.getId());
		}
	}

	private String username() {
		return this.identity.currentUser().username();
	}

	private static String write(Map<String, Object> values) {
		try {
			return JSON.writeValueAsString(values);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, Object> read(String json) {
		try {
			return JSON.readValue(json, new TypeReference<Map<String, Object>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Unreadable draft", ex);
		}
	}

}
