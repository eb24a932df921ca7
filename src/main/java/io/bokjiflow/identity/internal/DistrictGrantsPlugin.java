package io.bokjiflow.identity.internal;

import java.util.ArrayList;
import java.util.List;

import io.bokjiflow.identity.OrgGroups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.PvmEvent;
import org.camunda.bpm.engine.impl.util.xml.Element;

import org.springframework.stereotype.Component;

/**
 * Keeps a supervisor to their 시·군·구 in Camunda itself (Cockpit, Tasklist,
 * {@code /engine-rest}): instead of role-wide reads, the group {@code supervisors-<code>}
 * is granted READ on each process instance of its district when the instance starts (the
 * instance variable {@code sigunguCode}, which every case process and every process it
 * calls carries) and on each task whose candidate group is of its district
 * ({@link DistrictAuthorizationProvider}, which also covers processes that name their
 * district only in candidate groups: impact and conflict reviews, outreach, payment
 * failures). History is granted per instance too, which needs Camunda's historic instance
 * permissions.
 */
@Component
class DistrictGrantsPlugin extends AbstractProcessEnginePlugin {

	/** The instance variable naming a case's 시·군·구. */
	static final String SIGUNGU_VARIABLE = "sigunguCode";

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		configuration.setEnableHistoricInstancePermissions(true);
		configuration.setResourceAuthorizationProvider(new DistrictAuthorizationProvider());
		List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
				: new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
		listeners.add(new AbstractBpmnParseListener() {
			@Override
			public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
				// built in: runs even when an operator skips custom listeners
				processDefinition.addBuiltInListener(PvmEvent.EVENTNAME_START,
						(ExecutionListener) DistrictGrantsPlugin::grantOnStart);
			}
		});
		configuration.setCustomPostBPMNParseListeners(listeners);
	}

	/**
	 * Grants the supervisors of the instance's 시·군·구 READ on the new process instance and
	 * its history.
	 */
	static void grantOnStart(DelegateExecution execution) {
		ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
		if (!configuration.isAuthorizationEnabled()
				|| !(configuration.getResourceAuthorizationProvider() instanceof DistrictAuthorizationProvider provider)
				|| !(execution instanceof ExecutionEntity entity)) {
			return;
		}
		ExecutionEntity instance = entity.getProcessInstance();
		Object code = instance.getVariableLocal(SIGUNGU_VARIABLE);
		if (!(code instanceof String sigungu) || !sigungu.matches("\\d{5}")) {
			return;
		}
		List<AuthorizationEntity> grants = provider.instanceGrants(OrgGroups.supervisors(sigungu), instance.getId(),
				instance.getRootProcessInstanceId(), true);
		Context.getCommandContext()
			.getAuthorizationManager()
			.saveDefaultAuthorizations(grants.toArray(AuthorizationEntity[]::new));
	}

}
