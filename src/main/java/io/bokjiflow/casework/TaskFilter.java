package io.bokjiflow.casework;

import java.time.LocalDate;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the task list shows: a scope and filters on business data, all optional, combined
 * with AND (values inside a set with OR). Saved filters store this as JSON; values are
 * always bound as query parameters, never written into SQL.
 *
 * @param scope whose tasks
 * @param programCodes programs (any of); empty = all
 * @param adminDongCode the applicant's 행정동, or {@code null}
 * @param applicationNo an application number or its beginning, or {@code null}
 * @param appliedFrom applied on or after
 * @param appliedTo applied on or before
 * @param dueBy due on or before
 * @param overdueOnly only tasks past their due date
 * @param minPriority only tasks of at least this priority (Camunda priority, 0–100)
 * @param statuses case statuses (any of); empty = all
 * @param assignee held by this user, or {@code null}
 * @param flags case flags (any of), e.g. {@code ADDRESS_MISMATCH}
 * @param incidentOnly only cases with an open incident
 * @param taskKeys task kinds by element id (any of), e.g. {@code user_review_application}
 * @param sort the order
 * @param descending reverse the order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskFilter(TaskScope scope, Set<String> programCodes, String adminDongCode, String applicationNo,
		LocalDate appliedFrom, LocalDate appliedTo, LocalDate dueBy, boolean overdueOnly, Integer minPriority,
		Set<ApplicationStatus> statuses, String assignee, Set<String> flags, boolean incidentOnly, Set<String> taskKeys,
		TaskSort sort, boolean descending) {

	public TaskFilter {
		scope = scope == null ? TaskScope.ALL : scope;
		programCodes = programCodes == null ? Set.of() : Set.copyOf(programCodes);
		adminDongCode = blankToNull(adminDongCode);
		applicationNo = blankToNull(applicationNo);
		statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
		assignee = blankToNull(assignee);
		flags = flags == null ? Set.of() : Set.copyOf(flags);
		taskKeys = taskKeys == null ? Set.of() : Set.copyOf(taskKeys);
		sort = sort == null ? TaskSort.DUE : sort;
	}

	/**
	 * A scope with no other filter, by due date.
	 * @param scope whose tasks
	 * @return the filter
	 */
	public static TaskFilter of(TaskScope scope) {
		return new TaskFilter(scope, null, null, null, null, null, null, false, null, null, null, null, false, null,
				null, false);
	}

	/**
	 * The same filters for another scope (filter counts per tab).
	 * @param other the scope
	 * @return the filter
	 */
	public TaskFilter withScope(TaskScope other) {
		return new TaskFilter(other, this.programCodes, this.adminDongCode, this.applicationNo, this.appliedFrom,
				this.appliedTo, this.dueBy, this.overdueOnly, this.minPriority, this.statuses, this.assignee,
				this.flags, this.incidentOnly, this.taskKeys, this.sort, this.descending);
	}

	/**
	 * The same filters in another order.
	 * @param by the sort
	 * @param desc descending
	 * @return the filter
	 */
	public TaskFilter sortedBy(TaskSort by, boolean desc) {
		return new TaskFilter(this.scope, this.programCodes, this.adminDongCode, this.applicationNo, this.appliedFrom,
				this.appliedTo, this.dueBy, this.overdueOnly, this.minPriority, this.statuses, this.assignee,
				this.flags, this.incidentOnly, this.taskKeys, by, desc);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
