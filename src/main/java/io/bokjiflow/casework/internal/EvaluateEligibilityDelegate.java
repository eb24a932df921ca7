package io.bokjiflow.casework.internal;

import java.util.UUID;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import org.springframework.stereotype.Component;

/**
 * Business rule task: evaluates the program's DMN eligibility table (named by the task's
 * {@code decisionKey} property, latest deployed version) on the case's variables and
 * records which rule decided. The table must have the outputs {@code eligible} (boolean)
 * and {@code rule} (the rule's code); the code explains the result in the case file.
 */
@Component("evaluateEligibilityDelegate")
class EvaluateEligibilityDelegate implements JavaDelegate {

	private final DecisionService decisions;

	private final CaseworkService casework;

	EvaluateEligibilityDelegate(DecisionService decisions, CaseworkService casework) {
		this.decisions = decisions;
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String decisionKey = decisionKey(execution.getBpmnModelElementInstance());
		DmnDecisionResultEntries result = this.decisions.evaluateDecisionByKey(decisionKey)
			.variables(execution.getVariables())
			.evaluate()
			.getSingleResult();
		if (result == null || !(result.getEntry("eligible") instanceof Boolean eligible)) {
			throw new IllegalStateException("Decision " + decisionKey + " gave no 'eligible' result");
		}
		String rule = result.getEntry("rule");
		execution.setVariable(CaseVariables.ELIGIBLE, eligible);
		execution.setVariable(CaseVariables.ELIGIBILITY_RULE, rule);
		this.casework.recordEligibility(UUID.fromString((String) execution.getVariable(CaseVariables.APPLICATION_ID)),
				eligible, rule);
	}

	static String decisionKey(FlowElement element) {
		if (element != null && element.getExtensionElements() != null) {
			for (CamundaProperties properties : element.getExtensionElements()
				.getElementsQuery()
				.filterByType(CamundaProperties.class)
				.list()) {
				for (CamundaProperty p : properties.getCamundaProperties()) {
					if (CaseVariables.DECISION_KEY_PROPERTY.equals(p.getCamundaName())) {
						return p.getCamundaValue();
					}
				}
			}
		}
		throw new IllegalStateException("The business rule task has no '" + CaseVariables.DECISION_KEY_PROPERTY
				+ "' property naming its DMN decision");
	}

}
