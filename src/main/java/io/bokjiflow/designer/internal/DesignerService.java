package io.bokjiflow.designer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.bokjiflow.designer.DesignerAuditEntry;
import io.bokjiflow.designer.DesignerDeployment;
import io.bokjiflow.designer.DesignerResource;
import io.bokjiflow.designer.ModelDiff;
import io.bokjiflow.designer.ProcessDesigner;
import io.bokjiflow.designer.ResourceKind;
import io.bokjiflow.designer.ValidationReport;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;
import org.camunda.bpm.application.ProcessApplicationInterface;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The designer's operations on Camunda's repository: the latest version of every deployed
 * model, server-side validation, the diff and the audited deployment of a new version.
 */
@Service
class DesignerService implements ProcessDesigner {

	private static final Logger log = LoggerFactory.getLogger(DesignerService.class);

	private final RepositoryService repository;

	private final Identity identity;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<ProcessApplicationInterface> processApplication;

	private final ModelValidator validator;

	private final ModelDiffer differ = new ModelDiffer();

	DesignerService(ProcessEngine engine, Identity identity, JdbcClient jdbc, Clock clock,
			ObjectProvider<ProcessApplicationInterface> processApplication) {
		this.repository = engine.getRepositoryService();
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
		this.processApplication = processApplication;
		this.validator = new ModelValidator(new EngineModelParser(engine));
	}

	@Override
	public List<DesignerResource> resources() {
		List<ProcessDefinition> processes = this.repository.createProcessDefinitionQuery()
			.latestVersion()
			.withoutTenantId()
			.list();
		List<DecisionDefinition> decisions = this.repository.createDecisionDefinitionQuery()
			.latestVersion()
			.withoutTenantId()
			.list();
		Set<String> deploymentIds = new LinkedHashSet<>();
		processes.forEach(p -> deploymentIds.add(p.getDeploymentId()));
		decisions.forEach(d -> deploymentIds.add(d.getDeploymentId()));
		Map<String, Deployment> deployments = new HashMap<>();
		for (String deploymentId : deploymentIds) {
			Deployment deployment = this.repository.createDeploymentQuery().deploymentId(deploymentId).singleResult();
			if (deployment != null) {
				deployments.put(deploymentId, deployment);
			}
		}
		// The newest deployment holding each resource name.
		Map<String, Deployment> newest = new HashMap<>();
		deployments.values()
			.stream()
			.sorted(Comparator.comparing(Deployment::getDeploymentTime))
			.forEach(deployment -> this.repository.getDeploymentResourceNames(deployment.getId())
				.stream()
				.filter(name -> ResourceKind.of(name) != null)
				.forEach(name -> newest.put(name, deployment)));
		Map<String, ProcessDefinition> processByResource = new HashMap<>();
		processes.forEach(p -> processByResource.merge(p.getDeploymentId() + "|" + p.getResourceName(), p,
				(a, b) -> a.getKey().compareTo(b.getKey()) <= 0 ? a : b));
		Map<String, DecisionDefinition> decisionByResource = new HashMap<>();
		decisions.forEach(d -> decisionByResource.merge(d.getDeploymentId() + "|" + d.getResourceName(), d,
				(a, b) -> a.getKey().compareTo(b.getKey()) <= 0 ? a : b));
		List<DesignerResource> resources = new ArrayList<>();
		newest.forEach((name, deployment) -> {
			ResourceKind kind = ResourceKind.of(name);
			String key = stem(name);
			String label = key;
			int version = 0;
			String definitionId = null;
			if (kind == ResourceKind.BPMN) {
				ProcessDefinition p = processByResource.get(deployment.getId() + "|" + name);
				if (p == null) {
					return;
				}
				key = p.getKey();
				label = p.getName() == null ? p.getKey() : p.getName();
				version = p.getVersion();
				definitionId = p.getId();
			}
			else if (kind == ResourceKind.DMN) {
				DecisionDefinition d = decisionByResource.get(deployment.getId() + "|" + name);
				if (d == null) {
					return;
				}
				key = d.getKey();
				label = d.getName() == null ? d.getKey() : d.getName();
				version = d.getVersion();
				definitionId = d.getId();
			}
			resources.add(new DesignerResource(name, kind, key, label, version, definitionId, deployment.getId(),
					deployment.getName(), deployment.getDeploymentTime().toInstant()));
		});
		resources.sort(Comparator.comparing(DesignerResource::kind).thenComparing(DesignerResource::resourceName));
		return resources;
	}

	private static String stem(String resourceName) {
		String file = resourceName.substring(resourceName.lastIndexOf('/') + 1);
		int dot = file.indexOf('.');
		return dot < 0 ? file : file.substring(0, dot);
	}

	@Override
	public DesignerResource resource(String resourceName) {
		return resources().stream()
			.filter(r -> r.resourceName().equals(resourceName))
			.findFirst()
			.orElseThrow(() -> new UserFacingException("designer.error.unknown", resourceName));
	}

	@Override
	public String content(String resourceName) {
		return read(resource(resourceName));
	}

	private String read(DesignerResource resource) {
		try (InputStream in = this.repository.getResourceAsStream(resource.deploymentId(), resource.resourceName())) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot read " + resource.resourceName(), ex);
		}
	}

	@Override
	public ValidationReport validate(String resourceName, String content) {
		return this.validator.validate(resourceName, content);
	}

	@Override
	public ModelDiff diff(String resourceName, String content) {
		return this.differ.diff(resourceName, content(resourceName), content == null ? "" : content);
	}

	@Override
	@Transactional
	public DesignerDeployment deploy(String resourceName, String content, String comment) {
		CurrentUser user = this.identity.currentUser();
		if (!user.has(Role.PROCESS_DESIGNER)) {
			throw new AccessDeniedException("Only process designers deploy models");
		}
		if (comment == null || comment.isBlank()) {
			throw new UserFacingException("designer.error.commentRequired");
		}
		ValidationReport report = validate(resourceName, content);
		if (!report.deployable()) {
			throw new UserFacingException("designer.error.invalid", report.errors().size());
		}
		DesignerResource current = resource(resourceName);
		if (read(current).equals(content)) {
			throw new UserFacingException("designer.error.unchanged");
		}
		List<String> others = this.repository.getDeploymentResourceNames(current.deploymentId())
			.stream()
			.filter(name -> !name.equals(resourceName))
			.toList();
		ProcessApplicationInterface application = this.processApplication.getIfAvailable();
		DeploymentBuilder builder = application == null ? this.repository.createDeployment()
				: this.repository.createDeployment(application.getReference());
		builder.name(DEPLOYMENT_NAME).source(DEPLOYMENT_SOURCE).addString(resourceName, content);
		if (!others.isEmpty()) {
			builder.addDeploymentResourcesByName(current.deploymentId(), others);
		}
		Deployment deployment = builder.deploy();
		String newDefinitionId = null;
		int newVersion = 0;
		String key = current.key();
		if (current.kind() == ResourceKind.BPMN) {
			ProcessDefinition p = this.repository.createProcessDefinitionQuery()
				.deploymentId(deployment.getId())
				.list()
				.stream()
				.filter(d -> d.getResourceName().equals(resourceName))
				.min(Comparator.comparing((ProcessDefinition d) -> !d.getKey().equals(current.key()))
					.thenComparing(ProcessDefinition::getKey))
				.orElseThrow();
			newDefinitionId = p.getId();
			newVersion = p.getVersion();
			key = p.getKey();
		}
		else if (current.kind() == ResourceKind.DMN) {
			DecisionDefinition d = this.repository.createDecisionDefinitionQuery()
				.deploymentId(deployment.getId())
				.list()
				.stream()
				.filter(x -> x.getResourceName().equals(resourceName))
				.min(Comparator.comparing((DecisionDefinition x) -> !x.getKey().equals(current.key()))
					.thenComparing(DecisionDefinition::getKey))
				.orElseThrow();
			newDefinitionId = d.getId();
			newVersion = d.getVersion();
			key = d.getKey();
		}
		Instant now = this.clock.instant();
		this.jdbc
			.sql("""
					insert into dsg_deployment_audit (deployed_by, deployed_at, resource_name, resource_kind, definition_key,
					    previous_definition_id, previous_version, new_definition_id, new_version, previous_deployment_id,
					    new_deployment_id, comment)
					values (:by, :at, :resource, :kind, :key, :prevId, :prevVersion, :newId, :newVersion, :prevDeployment,
					    :newDeployment, :comment)
					""")
			.param("by", user.username())
			.param("at", Timestamp.from(now))
			.param("resource", resourceName)
			.param("kind", current.kind().name())
			.param("key", key)
			.param("prevId", current.definitionId())
			.param("prevVersion", current.definitionId() == null ? null : current.version())
			.param("newId", newDefinitionId)
			.param("newVersion", newDefinitionId == null ? null : newVersion)
			.param("prevDeployment", current.deploymentId())
			.param("newDeployment", deployment.getId())
			.param("comment", comment.strip())
			.update();
		log.info("{} deployed {} ({} v{} → v{}) in deployment {}", user.username(), resourceName, key,
				current.version(), newVersion, deployment.getId());
		return new DesignerDeployment(deployment.getId(), resourceName, key, current.definitionId(), current.version(),
				newDefinitionId, newVersion);
	}

	@Override
	public List<DesignerAuditEntry> auditLog(int limit) {
		return this.jdbc.sql("""
				select deployed_by, deployed_at, resource_name, resource_kind, definition_key, previous_definition_id,
				       previous_version, new_definition_id, new_version, new_deployment_id, comment
				from dsg_deployment_audit order by deployed_at desc, id desc limit :limit
				""")
			.param("limit", limit)
			.query((rs, i) -> new DesignerAuditEntry(rs.getString("deployed_by"),
					rs.getTimestamp("deployed_at").toInstant(), rs.getString("resource_name"),
					ResourceKind.valueOf(rs.getString("resource_kind")), rs.getString("definition_key"),
					rs.getString("previous_definition_id"), (Integer) rs.getObject("previous_version"),
					rs.getString("new_definition_id"), (Integer) rs.getObject("new_version"),
					rs.getString("new_deployment_id"), rs.getString("comment")))
			.list();
	}

	private static final String AUDIT_WHERE = " where strpos(lower(deployed_by), :user) > 0"
			+ " and deployed_at >= :from and deployed_at < :to";

	@Override
	public List<DesignerAuditEntry> auditLog(io.bokjiflow.shared.AuditQuery query, int offset, int limit) {
		requireAuditor();
		return this.jdbc
			.sql("""
					select deployed_by, deployed_at, resource_name, resource_kind, definition_key, previous_definition_id,
					       previous_version, new_definition_id, new_version, new_deployment_id, comment
					from dsg_deployment_audit"""
					+ AUDIT_WHERE + " order by deployed_at desc, id desc offset :offset limit :limit")
			.params(query.sqlParameters())
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, i) -> new DesignerAuditEntry(rs.getString("deployed_by"),
					rs.getTimestamp("deployed_at").toInstant(), rs.getString("resource_name"),
					ResourceKind.valueOf(rs.getString("resource_kind")), rs.getString("definition_key"),
					rs.getString("previous_definition_id"), (Integer) rs.getObject("previous_version"),
					rs.getString("new_definition_id"), (Integer) rs.getObject("new_version"),
					rs.getString("new_deployment_id"), rs.getString("comment")))
			.list();
	}

	@Override
	public long auditCount(io.bokjiflow.shared.AuditQuery query) {
		requireAuditor();
		return this.jdbc.sql("select count(*) from dsg_deployment_audit" + AUDIT_WHERE)
			.params(query.sqlParameters())
			.query(Long.class)
			.single();
	}

	private void requireAuditor() {
		this.identity.currentUser().requireAuditLogReader("The designer's audit log");
	}

}
