/**
 * Casework: applications, the evidence fetched for them, eligibility results, decisions
 * and notices; the user-task API the task list and task view use; and the backing classes
 * and delegates of the support-program processes. Publishes {@link Casework},
 * {@link CaseRecords} (the case view's read model), {@link CaseTasks},
 * {@link CaseDashboard} (the supervisor dashboard's figures, case SLA rules and incident
 * retry) and the events {@link ApplicationSubmitted} and {@link CaseDecided}.
 */
package io.bokjiflow.casework;
