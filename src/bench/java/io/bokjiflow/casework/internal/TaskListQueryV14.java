package io.bokjiflow.casework.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskSort;
import io.bokjiflow.shared.ClockConfiguration;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Bench-only: the task list's SQL as it was up to migration V14 (main before V15, commit
 * 7b63f7c), {@code cw_task} joined with the case for every filter and sort on the case's
 * columns. Scenario 7 measures it against the V14 schema and {@link TaskListQuery}
 * against V15 (the case's columns copied into {@code cw_task}) in the same run
 * ({@code -Dbench.s7.before=14}). A verbatim copy apart from its name and the viewer
 * type.
 */
final class TaskListQueryV14 {

	private static final String COLUMNS = """
			select t.task_id, t.task_name, t.task_definition_key, t.application_no, a.program_code,
			    a.applicant_name_mask, a.admin_dong_code, a.submitted_at, t.created_at, t.due_at, t.priority, a.status,
			    a.flags, exists (select 1 from cw_case_incident i where i.root_process_instance_id = t.root_process_instance_id)
			    as incident, t.assignee, t.owner
			""";

	private static final String FROM = " from cw_task t left join cw_application a on a.application_no = t.application_no";

	private final NamedParameterJdbcTemplate jdbc;

	TaskListQueryV14(NamedParameterJdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<TaskRow> page(TaskListQuery.Viewer viewer, TaskFilter filter, int offset, int limit) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		String sql = COLUMNS + FROM + where(viewer, filter, params) + orderBy(filter) + " limit :limit offset :offset";
		params.addValue("limit", limit).addValue("offset", offset);
		return this.jdbc.query(sql, params, (rs, i) -> row(rs));
	}

	long count(TaskListQuery.Viewer viewer, TaskFilter filter) {
		MapSqlParameterSource params = new MapSqlParameterSource();
		Long n = this.jdbc.queryForObject("select count(*)" + FROM + where(viewer, filter, params), params, Long.class);
		return n == null ? 0 : n;
	}

	/** One task as its viewer may see it, whatever the scope. */
	Optional<TaskRow> visible(TaskListQuery.Viewer viewer, String taskId) {
		MapSqlParameterSource params = new MapSqlParameterSource("taskId", taskId);
		String sql = COLUMNS + FROM + " where t.task_id = :taskId and " + visibility(viewer, null, params);
		return this.jdbc.query(sql, params, (rs, i) -> row(rs)).stream().findFirst();
	}

	/** The candidate groups of a task (empty when it is not a projected open task). */
	List<String> candidateGroups(String taskId) {
		return this.jdbc.query("select unnest(candidate_groups) from cw_task where task_id = :id",
				new MapSqlParameterSource("id", taskId), (rs, i) -> rs.getString(1));
	}

	private static String where(TaskListQuery.Viewer viewer, TaskFilter f, MapSqlParameterSource p) {
		StringBuilder w = new StringBuilder(" where ").append(visibility(viewer, f, p));
		if (!f.programCodes().isEmpty()) {
			w.append(" and a.program_code in (:programs)");
			p.addValue("programs", f.programCodes());
		}
		if (f.adminDongCode() != null) {
			w.append(" and a.admin_dong_code = :dong");
			p.addValue("dong", f.adminDongCode());
		}
		if (f.applicationNo() != null) {
			w.append(" and t.application_no like :appNo escape '\\'");
			p.addValue("appNo", likePrefix(f.applicationNo()));
		}
		if (f.appliedFrom() != null) {
			w.append(" and a.submitted_at >= :appliedFrom");
			p.addValue("appliedFrom", startOf(f.appliedFrom()));
		}
		if (f.appliedTo() != null) {
			w.append(" and a.submitted_at < :appliedTo");
			p.addValue("appliedTo", startOf(f.appliedTo().plusDays(1)));
		}
		if (f.dueBy() != null) {
			w.append(" and t.due_at < :dueBy");
			p.addValue("dueBy", startOf(f.dueBy().plusDays(1)));
		}
		if (f.overdueOnly()) {
			w.append(" and t.due_at < :today");
			p.addValue("today", startOf(LocalDate.now(ClockConfiguration.ZONE)));
		}
		if (f.minPriority() != null) {
			w.append(" and t.priority >= :minPriority");
			p.addValue("minPriority", f.minPriority());
		}
		if (!f.statuses().isEmpty()) {
			w.append(" and a.status in (:statuses)");
			p.addValue("statuses", f.statuses().stream().map(Enum::name).toList());
		}
		if (f.assignee() != null) {
			w.append(" and t.assignee = :assignee");
			p.addValue("assignee", f.assignee());
		}
		if (!f.flags().isEmpty()) {
			w.append(" and string_to_array(a.flags, ',') && cast(:flags as text[])");
			p.addValue("flags", f.flags().toArray(String[]::new));
		}
		if (f.incidentOnly()) {
			w.append(" and exists (select 1 from cw_case_incident i where i.root_process_instance_id = "
					+ "t.root_process_instance_id)");
		}
		if (!f.taskKeys().isEmpty()) {
			w.append(" and t.task_definition_key in (:taskKeys)");
			p.addValue("taskKeys", f.taskKeys());
		}
		return w.toString();
	}

	/**
	 * Which rows the viewer may see: for a scope, or (null filter) any scope.
	 */
	private static String visibility(TaskListQuery.Viewer v, TaskFilter f, MapSqlParameterSource p) {
		p.addValue("me", v.username())
			.addValue("groups", v.groups().toArray(String[]::new))
			.addValue("team", v.teamGroups().toArray(String[]::new))
			.addValue("covered", v.covered().toArray(String[]::new));
		String mine = "t.assignee = :me";
		String claimable = "(t.assignee is null and t.candidate_groups && cast(:groups as text[]))";
		String team = "t.candidate_groups && cast(:team as text[])";
		String cover = "t.assignee = any(cast(:covered as text[]))";
		if (f == null) {
			return "(" + mine + " or " + team + " or " + cover + ")";
		}
		return switch (f.scope()) {
			case MINE -> mine;
			case GROUP -> claimable;
			case ALL -> "(" + mine + " or " + claimable + ")";
			case TEAM -> "(" + mine + " or " + team + ")";
			case COVER -> cover;
		};
	}

	private static String orderBy(TaskFilter f) {
		String dir = f.descending() ? " desc" : " asc";
		String column = switch (f.sort() == null ? TaskSort.DUE : f.sort()) {
			case DUE -> "t.due_at";
			case CREATED -> "t.created_at";
			case APPLIED -> "a.submitted_at";
			case PRIORITY -> "t.priority";
			case PROGRAM -> "a.program_code";
			case APPLICATION_NO -> "t.application_no";
		};
		return " order by " + column + dir + " nulls last, t.created_at" + dir + ", t.task_id" + dir;
	}

	private static String likePrefix(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(ClockConfiguration.ZONE).toInstant());
	}

	private static TaskRow row(ResultSet rs) throws SQLException {
		Timestamp due = rs.getTimestamp("due_at");
		String status = rs.getString("status");
		String flags = rs.getString("flags");
		return new TaskRow(rs.getString("task_id"), rs.getString("task_name"), rs.getString("task_definition_key"),
				rs.getString("application_no"), rs.getString("program_code"), rs.getString("applicant_name_mask"),
				rs.getString("admin_dong_code"), instant(rs.getTimestamp("submitted_at")),
				instant(rs.getTimestamp("created_at")),
				due == null ? null : due.toInstant().atZone(ClockConfiguration.ZONE).toLocalDate(),
				rs.getInt("priority"), status == null ? null : ApplicationStatus.valueOf(status),
				flags == null || flags.isBlank() ? List.of() : List.of(flags.split(",")), rs.getBoolean("incident"),
				rs.getString("assignee"), rs.getString("owner"));
	}

	private static Instant instant(Timestamp ts) {
		return ts == null ? null : ts.toInstant();
	}

}
