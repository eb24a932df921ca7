package io.bokjiflow.casework;

import java.time.Instant;
import java.time.LocalDate;

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
 * @param createdAt when the task was created
 * @param dueOn the task's due date
 * @param assignee who holds it, or {@code null}
 */
public record TaskRow(String taskId, String taskName, String taskDefinitionKey, String applicationNo,
		String programCode, String applicantMasked, String adminDongCode, Instant createdAt, LocalDate dueOn,
		String assignee) {
}
