package io.bokjiflow.designer;

import java.util.List;

/**
 * The designer module's API: read, validate, compare and deploy BPMN, DMN and form
 * models. Reading is open to every signed-in user who may open the designer; deploying
 * only to {@link io.bokjiflow.identity.Role#PROCESS_DESIGNER}, checked here and not only
 * in the UI.
 */
public interface ProcessDesigner {

	/**
	 * The name of deployments made from the designer; the start-up deployment of
	 * {@code processes/} and {@code forms/} is named {@code bokjiflow}.
	 */
	String DEPLOYMENT_NAME = "bokjiflow-designer";

	/** The source of deployments made from the designer. */
	String DEPLOYMENT_SOURCE = "bokjiflow-designer";

	/**
	 * Every deployed BPMN, DMN and form resource, the latest version of each, by kind and
	 * name.
	 * @return the resources
	 */
	List<DesignerResource> resources();

	/**
	 * The latest deployed version of a resource.
	 * @param resourceName the resource name
	 * @return the resource
	 * @throws io.bokjiflow.shared.UserFacingException ({@code designer.error.unknown})
	 * when nothing of that name is deployed
	 */
	DesignerResource resource(String resourceName);

	/**
	 * The content of the latest deployed version of a resource (XML or form JSON).
	 * @param resourceName the resource name
	 * @return the content, UTF-8 decoded
	 */
	String content(String resourceName);

	/**
	 * Checks an edited model with Camunda's parser and BokjiFlow's rules.
	 * @param resourceName the resource name (its suffix decides the kind)
	 * @param content the edited XML or JSON
	 * @return the findings
	 */
	ValidationReport validate(String resourceName, String content);

	/**
	 * Compares an edited model with the latest deployed version of the resource.
	 * @param resourceName the resource name
	 * @param content the edited XML or JSON
	 * @return the semantic and the text diff
	 */
	ModelDiff diff(String resourceName, String content);

	/**
	 * Deploys an edited model as a new version (tenant none), after validating it again.
	 * The other resources of the deployment the current version comes from are deployed
	 * with it unchanged.
	 * @param resourceName the resource name (the same as deployed)
	 * @param content the edited XML or JSON
	 * @param comment why the change is made (required; kept in the audit log)
	 * @return the new deployment and definition
	 * @throws org.springframework.security.access.AccessDeniedException unless the
	 * current user is a process designer
	 * @throws io.bokjiflow.shared.UserFacingException when the model has errors, nothing
	 * changed or the comment is missing
	 */
	DesignerDeployment deploy(String resourceName, String content, String comment);

	/**
	 * The latest rows of the designer's audit log, newest first.
	 * @param limit how many
	 * @return the rows
	 */
	List<DesignerAuditEntry> auditLog(int limit);

	/**
	 * The designer's audit log for an auditor, filtered and paged.
	 * @param query who deployed, and when
	 * @param offset rows to skip
	 * @param limit at most this many
	 * @return the rows, newest first
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * is an auditor or administrator
	 */
	List<DesignerAuditEntry> auditLog(io.bokjiflow.shared.AuditQuery query, int offset, int limit);

	/**
	 * How many rows {@link #auditLog(io.bokjiflow.shared.AuditQuery, int, int)} would
	 * list without paging.
	 * @param query who deployed, and when
	 * @return the count
	 */
	long auditCount(io.bokjiflow.shared.AuditQuery query);

}
