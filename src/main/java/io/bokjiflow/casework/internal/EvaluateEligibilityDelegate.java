package io.bokjiflow.casework.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.bokjiflow.casework.EligibilityExplanation;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.stereotype.Component;

/**
 * Business rule task: evaluates the program's eligibility table — named by the
 * {@code eligibilityDecision} variable or the task's {@code decisionKey} property, in the
 * version deployed with the process — and records the result with its explanation: the
 * rule that decided, its description and every fact the table read. The table's contract
 * is in docs/case-facts.md.
 */
@Component("evaluateEligibilityDelegate")
class EvaluateEligibilityDelegate implements JavaDelegate {

	private final DecisionService decisions;

	private final RepositoryService repository;

	private final CaseworkService casework;

	EvaluateEligibilityDelegate(DecisionService decisions, RepositoryService repository, CaseworkService casework) {
		this.decisions = decisions;
		this.repository = repository;
		this.casework = casework;
	}

	@Override
	public void execute(DelegateExecution execution) {
		String decisionKey = decisionKey(execution);
		DecisionDefinition definition = definition(decisionKey, execution.getProcessDefinitionId());
		DmnDecisionResultEntries result = this.decisions.evaluateDecisionById(definition.getId())
			.variables(execution.getVariables())
			.evaluate()
			.getSingleResult();
		Map<String, Object> outputs = result == null ? Map.of() : result.getEntryMap();
		if (!(outputs.get(CaseVariables.ELIGIBLE) instanceof Boolean eligible)
				|| !(outputs.get("rule") instanceof String rule)) {
			throw new IllegalStateException("Decision " + decisionKey + " gave no 'eligible' and 'rule' result");
		}
		boolean review = Boolean.TRUE.equals(outputs.get(CaseVariables.REVIEW));
		execution.setVariable(CaseVariables.ELIGIBLE, eligible);
		execution.setVariable(CaseVariables.ELIGIBILITY_RULE, rule);
		execution.setVariable(CaseVariables.REVIEW, review);
		Integer rank = number(outputs.get(CaseVariables.RANK));
		Integer share = number(outputs.get(CaseVariables.SHARE_PERCENT));
		if (rank != null) {
			execution.setVariable(CaseVariables.RANK, rank);
		}
		if (share != null) {
			execution.setVariable(CaseVariables.SHARE_PERCENT, share);
		}
		DmnModelInstance model = this.repository.getDmnModelInstance(definition.getId());
		EligibilityExplanation explanation = explain(model, definition, rule, execution, review, rank, share);
		this.casework.recordEligibility(CaseVariables.applicationId(execution), eligible, rule, explanation);
	}

	/**
	 * The table of a key in the deployment of a process, else its latest version.
	 */
	DecisionDefinition definition(String key, String processDefinitionId) {
		String deploymentId = this.repository.getProcessDefinition(processDefinitionId).getDeploymentId();
		DecisionDefinition sameDeployment = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.deploymentId(deploymentId)
			.singleResult();
		if (sameDeployment != null) {
			return sameDeployment;
		}
		DecisionDefinition latest = this.repository.createDecisionDefinitionQuery()
			.decisionDefinitionKey(key)
			.latestVersion()
			.singleResult();
		if (latest == null) {
			throw new IllegalStateException("No eligibility table " + key + " is deployed");
		}
		return latest;
	}

	/**
	 * The explanation of a result: the rule (its code and description) and the facts the
	 * table read, with their values.
	 */
	static EligibilityExplanation explain(DmnModelInstance model, DecisionDefinition definition, String ruleCode,
			org.camunda.bpm.engine.delegate.VariableScope variables, boolean review, Integer rank, Integer share) {
		DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
		Map<String, Object> facts = new LinkedHashMap<>();
		// A table may read a fact in several inputs; each fact is listed once.
		Map<String, String> labels = new LinkedHashMap<>();
		for (Input input : table.getInputs()) {
			String expression = input.getInputExpression().getText().getTextContent().strip();
			facts.put(expression, variables.getVariable(expression));
			labels.putIfAbsent(expression, input.getLabel());
		}
		int ruleOutput = 0;
		List<Output> outputs = new ArrayList<>(table.getOutputs());
		for (int i = 0; i < outputs.size(); i++) {
			if ("rule".equals(outputs.get(i).getName())) {
				ruleOutput = i;
			}
		}
		String description = null;
		for (Rule r : table.getRules()) {
			String text = new ArrayList<>(r.getOutputEntries()).get(ruleOutput).getText().getTextContent().strip();
			if (text.equals("\"" + ruleCode + "\"")) {
				description = r.getDescription() == null ? null : r.getDescription().getTextContent().strip();
				break;
			}
		}
		return new EligibilityExplanation(definition.getKey(), definition.getVersion(), definition.getName(), ruleCode,
				description, review, rank, share, facts, labels);
	}

	private static Integer number(Object value) {
		return value instanceof Number n ? n.intValue() : null;
	}

	static String decisionKey(DelegateExecution execution) {
		String decisionKey = (String) execution.getVariable(CaseVariables.ELIGIBILITY_DECISION);
		return decisionKey != null ? decisionKey : decisionKey(execution.getBpmnModelElementInstance());
	}

	/**
	 * Evaluates the program's table on the case's variables with some facts overridden.
	 * @return the table's outputs
	 */
	Map<String, Object> evaluate(DelegateExecution execution, Map<String, Object> overrides) {
		Map<String, Object> variables = new java.util.HashMap<>(execution.getVariables());
		variables.putAll(overrides);
		DmnDecisionResultEntries result = this.decisions
			.evaluateDecisionById(definition(decisionKey(execution), execution.getProcessDefinitionId()).getId())
			.variables(variables)
			.evaluate()
			.getSingleResult();
		return result == null ? Map.of() : result.getEntryMap();
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
		throw new IllegalStateException("The business rule task has neither an '" + CaseVariables.ELIGIBILITY_DECISION
				+ "' variable nor a '" + CaseVariables.DECISION_KEY_PROPERTY + "' property naming its DMN decision");
	}

}
