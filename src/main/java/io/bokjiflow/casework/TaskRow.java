package io.bokjiflow.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the task list: the task and the business data of its case.
 *
 * @param taskId the Camunda task id
 * @param taskName the task's name
 * @param taskDefinitionKey the element id of the user task
 * @param applicationNo the case's application number
 * @param programCode the program
 * @param applicantMasked the applicant's masked name
 * @param adminDongCode the applicant's 행정동
 * @param appliedAt when the case was applied for
 * @param createdAt when the task was created
 * @param dueOn the task's due date
 * @param priority the task's priority (Camunda, 0–100, 50 normal)
 * @param status the case's status
 * @param flags the case's flags
 * @param incident whether the case has an open incident
 * @param assignee who holds it, or {@code null}
 * @param owner who delegated it, or {@code null}
 */
public record TaskRow(String taskId, String taskName, String taskDefinitionKey, String applicationNo,
		String programCode, String applicantMasked, String adminDongCode, Instant appliedAt, Instant createdAt,
		LocalDate dueOn, int priority, ApplicationStatus status, List<String> flags, boolean incident, String assignee,
		String owner) {

	/** Whether the task was delegated to its assignee and returns to its owner. */
	public boolean delegated() {
		return this.owner != null && !this.owner.equals(this.assignee);
	}

}
