/**
 * The process designer (issue 8 item 4): lists the deployed BPMN processes, DMN decisions
 * and Camunda forms (latest version of each resource), validates an edited model on the
 * server (Camunda's own BPMN parser or DMN engine plus BokjiFlow's rules:
 * {@code camunda:historyTimeToLive} on every executable process and decision, readable
 * ids), compares it with the deployed version (a semantic diff over the Camunda model API
 * and a text diff) and deploys it as a new version. Only a process designer deploys;
 * every deployment is recorded in the append-only {@code dsg_deployment_audit}. A
 * designer deployment copies the other resources of the deployment it replaces, so that
 * {@code formRef}/{@code calledElement} with binding {@code deployment} keep resolving.
 */
package io.bokjiflow.designer;
