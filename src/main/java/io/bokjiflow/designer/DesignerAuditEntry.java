package io.bokjiflow.designer;

import java.time.Instant;

/**
 * A row of the designer's append-only audit log.
 *
 * @param deployedBy the process designer's login
 * @param deployedAt when
 * @param resourceName which resource
 * @param kind its kind
 * @param key the process or decision key, or the form id
 * @param previousDefinitionId the definition replaced, or {@code null}
 * @param previousVersion its version, or {@code null}
 * @param newDefinitionId the new definition, or {@code null}
 * @param newVersion its version, or {@code null}
 * @param deploymentId the new deployment
 * @param comment why (required)
 */
public record DesignerAuditEntry(String deployedBy, Instant deployedAt, String resourceName, ResourceKind kind,
		String key, String previousDefinitionId, Integer previousVersion, String newDefinitionId, Integer newVersion,
		String deploymentId, String comment) {
}
