package io.bokjiflow.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The supervisor dashboard's figures for one 시·군·구 and period, read by SQL from the
 * cases, decisions, the task projection and the engine's incidents; the case SLA rules;
 * and the retry of failed steps. Every call is for the signed-in user: a supervisor sees
 * and acts on their own 시·군·구 only, an administrator on any; everybody else is refused.
 */
public interface CaseDashboard {

	/**
	 * Every figure of the dashboard at once.
	 * @param filter the 시·군·구 and the period
	 * @return the figures
	 * @throws org.springframework.security.access.AccessDeniedException when the user may
	 * not see that 시·군·구
	 */
	Snapshot snapshot(Filter filter);

	/**
	 * The 시·군·구 the signed-in user sees by default: their own, or {@code null} for an
	 * administrator without one.
	 */
	String defaultSigungu();

	/**
	 * Whether the signed-in user may pick any 시·군·구 (administrators).
	 */
	boolean mayPickSigungu();

	/**
	 * The SLA rule in force for every program that has cases or a rule.
	 * @return by program code
	 */
	List<SlaRule> slaRules();

	/**
	 * Overrides a program's SLA thresholds (supervisors and administrators).
	 * @param programCode the program
	 * @param warnDays days of counted age after which a case is shown as warn
	 * @param escalateDays days after which it is escalated; more than warnDays
	 * @throws io.bokjiflow.shared.UserFacingException when the days are out of order or
	 * range
	 */
	void setSlaRule(String programCode, int warnDays, int escalateDays);

	/**
	 * Gives the failed jobs behind incidents one more attempt (the job executor runs them
	 * at once). Each incident's case must belong to the 시·군·구 of a supervisor; an
	 * administrator may retry any.
	 * @param incidentIds the engine's incident ids (root causes, type failedJob)
	 * @return how many were retried, and the ids refused or no longer open
	 */
	RetryResult retry(Collection<String> incidentIds);

	/**
	 * The dashboard's scope.
	 *
	 * @param sigunguCode the 시·군·구
	 * @param from first day of the period (throughput, lead time)
	 * @param to last day of the period, inclusive
	 */
	record Filter(String sigunguCode, LocalDate from, LocalDate to) {
	}

	/**
	 * All figures of one refresh.
	 *
	 * @param at when they were read
	 * @param sigunguCode the 시·군·구
	 * @param openByProgram open cases per program
	 * @param openByActivity open cases per current user task (name)
	 * @param overdue open cases past their legal decision date, most overdue first (at
	 * most 200)
	 * @param dueSoon open cases due within {@link #DUE_SOON_DAYS} days (at most 200)
	 * @param overdueCount all overdue open cases
	 * @param dueSoonCount all soon-due open cases
	 * @param incidents open incidents of the 시·군·구's cases (root causes)
	 * @param throughput started and decided cases per day of the period
	 * @param leadTimes days from application to decision per program, decisions in the
	 * period
	 * @param workload open tasks assigned per caseworker
	 * @param sla open cases at warn or escalate level, and those forecast to escalate
	 * @param slaForecastDays days ahead the escalation forecast looks
	 */
	record Snapshot(Instant at, String sigunguCode, List<Count> openByProgram, List<Count> openByActivity,
			List<DueCase> overdue, List<DueCase> dueSoon, long overdueCount, long dueSoonCount,
			List<IncidentRow> incidents, List<DayCount> throughput, List<LeadTime> leadTimes, List<Count> workload,
			List<SlaCase> sla, int slaForecastDays) {

		/** Days ahead that count as soon due. */
		public static final int DUE_SOON_DAYS = 3;

		/** The total of open cases. */
		public long openCases() {
			return this.openByProgram.stream().mapToLong(Count::count).sum();
		}

	}

	/**
	 * A count under a key.
	 *
	 * @param key program code, task name or username
	 * @param count how many
	 */
	record Count(String key, long count) {
	}

	/**
	 * An open case with its legal decision date.
	 *
	 * @param applicationNo the case
	 * @param programCode its program
	 * @param applicantNameMask the masked name
	 * @param dueOn the legal decision date
	 * @param daysLeft days until it (negative when overdue)
	 */
	record DueCase(String applicationNo, String programCode, String applicantNameMask, LocalDate dueOn, long daysLeft) {
	}

	/**
	 * An open incident of a case.
	 *
	 * @param incidentId the engine's incident
	 * @param applicationNo the case
	 * @param programCode its program
	 * @param activityId the step that failed
	 * @param message the error message
	 * @param createdAt when it was raised
	 * @param retryable whether it is a failed job that a retry can run again
	 */
	record IncidentRow(String incidentId, String applicationNo, String programCode, String activityId, String message,
			Instant createdAt, boolean retryable) {
	}

	/**
	 * Cases started and decided on a day.
	 *
	 * @param day the day (Asia/Seoul)
	 * @param started applications submitted
	 * @param decided decisions recorded
	 */
	record DayCount(LocalDate day, long started, long decided) {
	}

	/**
	 * Lead time of decided cases of a program.
	 *
	 * @param programCode the program
	 * @param decided cases decided in the period
	 * @param averageDays mean days from application to decision
	 * @param p90Days 90th percentile
	 */
	record LeadTime(String programCode, long decided, double averageDays, double p90Days) {
	}

	/**
	 * An open case at or near an SLA threshold.
	 *
	 * @param applicationNo the case
	 * @param programCode its program
	 * @param ageDays counted age: days since submission minus paused days
	 * @param pausedDays days spent waiting for the applicant
	 * @param level WARN or ESCALATE now, or FORECAST when it reaches escalate within the
	 * rules' forecast days at its current age
	 * @param daysToEscalate days of counted age left before escalation (0 or less when
	 * escalated)
	 */
	record SlaCase(String applicationNo, String programCode, double ageDays, double pausedDays, SlaLevel level,
			double daysToEscalate) {
	}

	/** Where a case stands against its SLA rule. */
	enum SlaLevel {

		WARN, ESCALATE, FORECAST

	}

	/**
	 * The SLA thresholds of a program.
	 *
	 * @param programCode the program
	 * @param warnDays warn after these days of counted age
	 * @param escalateDays escalate after these
	 * @param overridden whether a supervisor set it (else the default of
	 * casework/sla-rules.yml)
	 * @param updatedBy who set it, or {@code null}
	 */
	record SlaRule(String programCode, int warnDays, int escalateDays, boolean overridden, String updatedBy) {
	}

	/**
	 * The outcome of a retry.
	 *
	 * @param retried failed jobs given another attempt
	 * @param refused incident ids not retried (another 시·군·구, not a failed job, or
	 * resolved meanwhile)
	 */
	record RetryResult(int retried, List<String> refused) {
	}

}
