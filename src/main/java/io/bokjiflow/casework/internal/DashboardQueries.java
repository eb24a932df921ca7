package io.bokjiflow.casework.internal;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bokjiflow.casework.CaseDashboard.Count;
import io.bokjiflow.casework.CaseDashboard.DayCount;
import io.bokjiflow.casework.CaseDashboard.DueCase;
import io.bokjiflow.casework.CaseDashboard.IncidentRow;
import io.bokjiflow.casework.CaseDashboard.LeadTime;
import io.bokjiflow.casework.CaseDashboard.SlaCase;
import io.bokjiflow.casework.CaseDashboard.SlaLevel;
import io.bokjiflow.casework.CaseDashboard.Snapshot;
import io.bokjiflow.shared.ClockConfiguration;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The dashboard's SQL: one grouped query per panel over {@code cw_application},
 * {@code cw_decision}, the task projection {@code cw_task}, {@code cw_case_incident} with
 * the engine's {@code act_ru_incident}, and {@code act_hi_taskinst} for the SLA pause. No
 * security here (the service checks the user); the benchmark calls it directly.
 */
class DashboardQueries {

	/** Statuses of a case that is not decided yet. */
	static final String OPEN = "('SUBMITTED', 'INVESTIGATING', 'IN_REVIEW')";

	static final int LIST_LIMIT = 200;

	private final JdbcTemplate jdbc;

	DashboardQueries(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Every panel for one 시·군·구.
	 * @param sigungu the 시·군·구
	 * @param from first day of the period
	 * @param to last day, inclusive
	 * @param now the current time
	 * @param rules SLA thresholds in force
	 */
	Snapshot snapshot(String sigungu, LocalDate from, LocalDate to, Instant now, SlaThresholds rules) {
		LocalDate today = LocalDate.ofInstant(now, ClockConfiguration.ZONE);
		Timestamp start = startOf(from);
		Timestamp end = startOf(to.plusDays(1));
		return new Snapshot(now, sigungu, openByProgram(sigungu), openByActivity(sigungu),
				due(sigungu, "a.decision_due_on < ?", "a.decision_due_on, a.submitted_at", today, today, null),
				due(sigungu, "a.decision_due_on >= ? and a.decision_due_on <= ?", "a.decision_due_on, a.submitted_at",
						today, today, today.plusDays(Snapshot.DUE_SOON_DAYS)),
				count(sigungu, "a.decision_due_on < ?", today, null),
				count(sigungu, "a.decision_due_on >= ? and a.decision_due_on <= ?", today,
						today.plusDays(Snapshot.DUE_SOON_DAYS)),
				incidents(sigungu), throughput(sigungu, from, to, start, end), leadTimes(sigungu, start, end),
				workload(sigungu), sla(sigungu, now, rules), rules.forecastDays());
	}

	List<Count> openByProgram(String sigungu) {
		return this.jdbc.query(
				"select a.program_code, count(*) from cw_application a where a.sigungu_code = ? " + "and a.status in "
						+ OPEN + " group by a.program_code order by count(*) desc, a.program_code",
				(rs, i) -> new Count(rs.getString(1), rs.getLong(2)), sigungu);
	}

	List<Count> openByActivity(String sigungu) {
		return this.jdbc.query("""
				select coalesce(t.task_name, t.task_definition_key, '?'), count(distinct t.application_no)
				  from cw_task t join cw_application a on a.application_no = t.application_no
				 where a.sigungu_code = ? and a.status in %s
				 group by 1 order by 2 desc, 1
				""".formatted(OPEN), (rs, i) -> new Count(rs.getString(1), rs.getLong(2)), sigungu);
	}

	private List<DueCase> due(String sigungu, String condition, String order, LocalDate today, LocalDate a,
			LocalDate b) {
		List<Object> args = new ArrayList<>(List.of(sigungu, a));
		if (b != null) {
			args.add(b);
		}
		args.add(LIST_LIMIT);
		return this.jdbc.query("select a.application_no, a.program_code, a.applicant_name_mask, a.decision_due_on "
				+ "from cw_application a where a.sigungu_code = ? and a.status in " + OPEN + " and " + condition
				+ " order by " + order + " limit ?", (rs, i) -> {
					LocalDate dueOn = rs.getObject(4, LocalDate.class);
					return new DueCase(rs.getString(1), rs.getString(2), rs.getString(3), dueOn,
							java.time.temporal.ChronoUnit.DAYS.between(today, dueOn));
				}, args.toArray());
	}

	private long count(String sigungu, String condition, LocalDate a, LocalDate b) {
		Object[] args = b == null ? new Object[] { sigungu, a } : new Object[] { sigungu, a, b };
		Long n = this.jdbc
			.queryForObject("select count(*) from cw_application a where a.sigungu_code = ? and a.status in " + OPEN
					+ " and " + condition, Long.class, args);
		return n == null ? 0 : n;
	}

	List<IncidentRow> incidents(String sigungu) {
		return this.jdbc.query("""
				select r.id_, c.application_no, a.program_code, r.activity_id_, r.incident_msg_,
				       r.incident_timestamp_, r.incident_type_ = 'failedJob' and r.configuration_ is not null
				  from cw_case_incident c
				  join cw_application a on a.application_no = c.application_no
				  join act_ru_incident r on r.id_ = c.incident_id
				 where a.sigungu_code = ? and r.id_ = r.root_cause_incident_id_
				 order by r.incident_timestamp_ desc limit 500
				""", (rs, i) -> new IncidentRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
				rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getBoolean(7)), sigungu);
	}

	List<DayCount> throughput(String sigungu, LocalDate from, LocalDate to, Timestamp start, Timestamp end) {
		Map<LocalDate, long[]> days = new LinkedHashMap<>();
		for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
			days.put(d, new long[2]);
		}
		this.jdbc.query("""
				select (a.submitted_at at time zone 'Asia/Seoul')::date, count(*) from cw_application a
				 where a.sigungu_code = ? and a.submitted_at >= ? and a.submitted_at < ? group by 1
				""", rs -> {
			long[] d = days.get(rs.getObject(1, LocalDate.class));
			if (d != null) {
				d[0] = rs.getLong(2);
			}
		}, sigungu, start, end);
		this.jdbc.query("""
				select (d.decided_at at time zone 'Asia/Seoul')::date, count(*)
				  from cw_decision d join cw_application a on a.id = d.application_id
				 where a.sigungu_code = ? and d.decided_at >= ? and d.decided_at < ? group by 1
				""", rs -> {
			long[] d = days.get(rs.getObject(1, LocalDate.class));
			if (d != null) {
				d[1] = rs.getLong(2);
			}
		}, sigungu, start, end);
		return days.entrySet().stream().map(e -> new DayCount(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
	}

	List<LeadTime> leadTimes(String sigungu, Timestamp start, Timestamp end) {
		return this.jdbc.query(
				"""
						select a.program_code, count(*),
						       avg(extract(epoch from d.decided_at - a.submitted_at)) / 86400.0,
						       percentile_cont(0.9) within group (order by extract(epoch from d.decided_at - a.submitted_at)) / 86400.0
						  from cw_decision d join cw_application a on a.id = d.application_id
						 where a.sigungu_code = ? and d.decided_at >= ? and d.decided_at < ?
						 group by a.program_code order by a.program_code
						""",
				(rs, i) -> new LeadTime(rs.getString(1), rs.getLong(2), rs.getDouble(3), rs.getDouble(4)), sigungu,
				start, end);
	}

	List<Count> workload(String sigungu) {
		return this.jdbc.query("""
				select t.assignee, count(*) from cw_task t join cw_application a on a.application_no = t.application_no
				 where a.sigungu_code = ? and t.assignee is not null
				 group by t.assignee order by 2 desc, 1
				""", (rs, i) -> new Count(rs.getString(1), rs.getLong(2)), sigungu);
	}

	/**
	 * Open cases at warn or escalate level or forecast to escalate: counted age (days
	 * since submission minus the time with an open pause task) against each program's
	 * rule.
	 */
	List<SlaCase> sla(String sigungu, Instant now, SlaThresholds rules) {
		Timestamp at = Timestamp.from(now);
		List<String> programs = new ArrayList<>(rules.byProgram().keySet());
		return this.jdbc.query(con -> {
			PreparedStatement ps = con.prepareStatement(
					"""
							with rules (program_code, warn, esc) as (
							       select * from unnest(?::varchar[], ?::int[], ?::int[])),
							     open_cases as (
							       select a.application_no, a.program_code,
							              extract(epoch from (?::timestamptz - a.submitted_at)) / 86400.0 as raw_days,
							              coalesce((select sum(extract(epoch from (coalesce(h.end_time_::timestamptz, ?::timestamptz)
							                                   - h.start_time_::timestamptz))) / 86400.0
							                          from act_hi_taskinst h
							                         where h.root_proc_inst_id_ = a.process_instance_id
							                           and h.task_def_key_ = any (?::varchar[])), 0) as paused
							         from cw_application a
							        where a.sigungu_code = ? and a.status in %s),
							     aged as (
							       select o.application_no, o.program_code, o.raw_days - o.paused as age, o.paused,
							              coalesce(r.warn, ?) as warn, coalesce(r.esc, ?) as esc
							         from open_cases o left join rules r on r.program_code = o.program_code)
							select application_no, program_code, age, paused, warn, esc from aged
							 where age >= warn or age + ? >= esc
							 order by age - esc desc, application_no limit 500
							"""
						.formatted(OPEN));
			int p = 1;
			ps.setArray(p++, con.createArrayOf("varchar", programs.toArray()));
			ps.setArray(p++, con.createArrayOf("integer",
					programs.stream().map(c -> rules.byProgram().get(c)[0]).toArray(Integer[]::new)));
			ps.setArray(p++, con.createArrayOf("integer",
					programs.stream().map(c -> rules.byProgram().get(c)[1]).toArray(Integer[]::new)));
			ps.setTimestamp(p++, at);
			ps.setTimestamp(p++, at);
			Array pause = con.createArrayOf("varchar", rules.pauseTaskKeys().toArray());
			ps.setArray(p++, pause);
			ps.setString(p++, sigungu);
			ps.setInt(p++, rules.fallback()[0]);
			ps.setInt(p++, rules.fallback()[1]);
			ps.setInt(p++, rules.forecastDays());
			return ps;
		}, (rs, i) -> {
			double age = rs.getDouble(3);
			int warn = rs.getInt(5);
			int esc = rs.getInt(6);
			SlaLevel level = age >= esc ? SlaLevel.ESCALATE : age >= warn ? SlaLevel.WARN : SlaLevel.FORECAST;
			return new SlaCase(rs.getString(1), rs.getString(2), round(age), round(rs.getDouble(4)), level,
					round(esc - age));
		});
	}

	private static double round(double v) {
		return Math.round(v * 10.0) / 10.0;
	}

	static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(ClockConfiguration.ZONE).toInstant());
	}

	/**
	 * The SLA thresholds in force.
	 *
	 * @param byProgram program code → {warn, escalate}
	 * @param fallback {warn, escalate} for programs without an entry
	 * @param pauseTaskKeys task keys during which the case waits for the applicant
	 * @param forecastDays days ahead of the escalation forecast
	 */
	record SlaThresholds(Map<String, int[]> byProgram, int[] fallback, List<String> pauseTaskKeys, int forecastDays) {
	}

}
