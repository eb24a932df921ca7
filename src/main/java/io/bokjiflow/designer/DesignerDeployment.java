package io.bokjiflow.designer;

/**
 * The outcome of a deployment from the designer.
 *
 * @param deploymentId the new deployment
 * @param resourceName the resource deployed
 * @param key the process or decision key, or the form id
 * @param previousDefinitionId the definition that was the latest before, or {@code null}
 * @param previousVersion its version, or 0
 * @param newDefinitionId the new definition, or {@code null} for a form
 * @param newVersion its version, or 0 for a form
 */
public record DesignerDeployment(String deploymentId, String resourceName, String key, String previousDefinitionId,
		int previousVersion, String newDefinitionId, int newVersion) {
}
