package io.bokjiflow.casework;

/**
 * A task opened for work: the row, the form it renders and the case file behind it.
 *
 * @param task the task
 * @param form the task's form, as deployed with the process version of this case
 * @param caseFile the case file
 */
public record TaskDetails(TaskRow task, CamundaForm form, CaseFile caseFile) {
}
