package io.bokjiflow.designer.internal;

import java.io.ByteArrayInputStream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * Runs the engine's own BPMN parse (the {@code BpmnParse} of its {@code BpmnDeployer},
 * with the configured parse listeners, schema validation and
 * {@code enforceHistoryTimeToLive}) in a command, in memory: nothing is written and no
 * definition enters the deployment cache, unlike a deployment rolled back afterwards.
 */
class EngineModelParser implements ModelValidator.EngineParser {

	private final ProcessEngineConfigurationImpl configuration;

	EngineModelParser(ProcessEngine engine) {
		this.configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
	}

	@Override
	public void parseBpmn(String resourceName, byte[] xml) {
		BpmnDeployer deployer = this.configuration.getDeployers()
			.stream()
			.filter(BpmnDeployer.class::isInstance)
			.map(BpmnDeployer.class::cast)
			.findFirst()
			.orElseThrow();
		this.configuration.getCommandExecutorTxRequired().execute(commandContext -> {
			DeploymentEntity deployment = new DeploymentEntity();
			deployment.setId("designer-dry-run");
			deployment.setName("designer-dry-run");
			deployer.getBpmnParser()
				.createParse()
				.deployment(deployment)
				.sourceInputStream(new ByteArrayInputStream(xml))
				.name(resourceName)
				.execute();
			return null;
		});
	}

	@Override
	public void parseDmn(byte[] xml) {
		// In a command: the engine's DMN transformer reads the engine's configuration
		// (history time to live) from the command context.
		this.configuration.getCommandExecutorTxRequired().execute(commandContext -> {
			this.configuration.getDmnEngine().parseDecisionRequirementsGraph(new ByteArrayInputStream(xml));
			return null;
		});
	}

}
