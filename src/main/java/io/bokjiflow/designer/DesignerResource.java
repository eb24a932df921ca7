package io.bokjiflow.designer;

import java.time.Instant;

/**
 * A deployed model as the designer lists it: the latest deployed version of one resource.
 *
 * @param resourceName the deployment resource name (the file path at start-up deployment)
 * @param kind BPMN, DMN or form
 * @param key the process, decision or form key (the first one for files with several)
 * @param name the model's name, or the key when it has none
 * @param version the definition version, or 0 for a form without a definition
 * @param definitionId the process or decision definition id, or {@code null}
 * @param deploymentId the deployment the resource comes from
 * @param deploymentName the deployment's name ({@code bokjiflow} at start-up,
 * {@code bokjiflow-designer} from the designer)
 * @param deployedAt when it was deployed
 */
public record DesignerResource(String resourceName, ResourceKind kind, String key, String name, int version,
		String definitionId, String deploymentId, String deploymentName, Instant deployedAt) {

	/** Whether this version was deployed from the designer rather than at start-up. */
	public boolean fromDesigner() {
		return ProcessDesigner.DEPLOYMENT_NAME.equals(this.deploymentName);
	}

}
