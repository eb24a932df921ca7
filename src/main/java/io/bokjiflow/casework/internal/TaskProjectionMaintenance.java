package io.bokjiflow.casework.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import io.bokjiflow.casework.TaskDeadlines;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reconciles the task projection with the engine's runtime tables at start-up — it fills
 * the projection for tasks created before it existed and repairs any drift (a row whose
 * task is gone, a task without a row) — and answers {@link TaskDeadlines} from it.
 */
@Component
class TaskProjectionMaintenance implements TaskDeadlines {

	private static final Logger log = LoggerFactory.getLogger(TaskProjectionMaintenance.class);

	private final JdbcTemplate jdbc;

	TaskProjectionMaintenance(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(10)
	@Transactional
	public void reconcile() {
		int removed = this.jdbc
			.update("delete from cw_task t where not exists (select 1 from act_ru_task r where r.id_ = t.task_id)");
		int added = this.jdbc.update("""
				insert into cw_task (task_id, process_instance_id, root_process_instance_id, application_no, task_name,
				    task_definition_key, created_at, due_at, priority, assignee, owner, candidate_groups)
				select r.id_, r.proc_inst_id_, e.root_proc_inst_id_, e.business_key_, r.name_, r.task_def_key_,
				    r.create_time_, r.due_date_, r.priority_, r.assignee_, r.owner_,
				    array(select l.group_id_ from act_ru_identitylink l
				          where l.task_id_ = r.id_ and l.type_ = 'candidate' and l.group_id_ is not null)
				from act_ru_task r join act_ru_execution e on e.id_ = r.proc_inst_id_
				where not exists (select 1 from cw_task t where t.task_id = r.id_)
				""");
		int incidents = this.jdbc.update("""
				insert into cw_case_incident (incident_id, root_process_instance_id, application_no, activity_id,
				    message, created_at)
				select i.id_, e.root_proc_inst_id_, e.business_key_, i.activity_id_, i.incident_msg_,
				    i.incident_timestamp_
				from act_ru_incident i join act_ru_execution e on e.id_ = i.proc_inst_id_
				on conflict do nothing
				""");
		this.jdbc.update(
				"delete from cw_case_incident c where not exists (select 1 from act_ru_incident i where i.id_ = c.incident_id)");
		if (removed + added + incidents > 0) {
			log.info("Task projection reconciled: {} rows added, {} removed, {} incidents added", added, removed,
					incidents);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<DueTask> dueBetween(Instant from, Instant to) {
		return this.jdbc.query("""
				select task_id, task_name, application_no, due_at, assignee, candidate_groups from cw_task
				where due_at >= ? and due_at < ? order by due_at
				""",
				(rs, i) -> new DueTask(rs.getString("task_id"), rs.getString("task_name"),
						rs.getString("application_no"), rs.getTimestamp("due_at").toInstant(), rs.getString("assignee"),
						List.of((String[]) rs.getArray("candidate_groups").getArray())),
				Timestamp.from(from), Timestamp.from(to));
	}

}
