package io.bokjiflow.finder.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.core.io.ClassPathResource;

/**
 * A support program's eligibility table ({@code processes/rules/<key>-eligibility.dmn},
 * the file the process engine deploys), evaluated by the standalone DMN engine: no
 * history, no authorization, nothing logged.
 */
public final class EligibilityTable {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final String key;

	private final DmnDecision decision;

	private final List<String> inputs;

	private final Map<String, String> descriptions;

	private EligibilityTable(String key, DmnDecision decision, List<String> inputs, Map<String, String> descriptions) {
		this.key = key;
		this.decision = decision;
		this.inputs = inputs;
		this.descriptions = descriptions;
	}

	/**
	 * One evaluation's outputs.
	 *
	 * @param eligible the {@code eligible} output
	 * @param review the {@code review} output ({@code false} when absent)
	 * @param rule the {@code rule} output
	 * @param description the deciding rule's description
	 */
	public record Result(boolean eligible, boolean review, String rule, String description) {
	}

	/**
	 * Reads the table of a process key from the classpath.
	 * @param processKey e.g. {@code travel-voucher}
	 * @return the table, empty when the program has none
	 */
	public static Optional<EligibilityTable> read(String processKey) {
		String key = processKey + "-eligibility";
		ClassPathResource resource = new ClassPathResource("processes/rules/" + key + ".dmn");
		if (!resource.exists()) {
			return Optional.empty();
		}
		try (InputStream in = resource.getInputStream()) {
			DmnModelInstance model = Dmn.readModelFromStream(in);
			Decision decision = model.getModelElementById(key);
			DecisionTable table = (DecisionTable) decision.getExpression();
			List<String> inputs = new ArrayList<>();
			for (Input input : table.getInputs()) {
				inputs.add(input.getInputExpression().getText().getTextContent().strip());
			}
			List<Output> outputs = new ArrayList<>(table.getOutputs());
			int ruleColumn = 0;
			for (int i = 0; i < outputs.size(); i++) {
				if ("rule".equals(outputs.get(i).getName())) {
					ruleColumn = i;
				}
			}
			Map<String, String> descriptions = new java.util.HashMap<>();
			for (Rule rule : table.getRules()) {
				List<OutputEntry> out = new ArrayList<>(rule.getOutputEntries());
				String code = out.get(ruleColumn).getText().getTextContent().strip().replace("\"", "");
				descriptions.putIfAbsent(code,
						rule.getDescription() == null ? "" : rule.getDescription().getTextContent().strip());
			}
			return Optional.of(new EligibilityTable(key, ENGINE.parseDecision(key, model),
					List.copyOf(inputs.stream().distinct().toList()), Map.copyOf(descriptions)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The decision key, e.g. {@code travel-voucher-eligibility}. */
	public String key() {
		return this.key;
	}

	/** The facts the table reads (its input expressions, each once). */
	public List<String> inputs() {
		return this.inputs;
	}

	/**
	 * Evaluates the table.
	 * @param facts every case fact
	 * @return the outputs (not eligible when no rule matched)
	 */
	public Result evaluate(Map<String, Object> facts) {
		DmnDecisionResultEntries result = ENGINE.evaluateDecision(this.decision, facts).getSingleResult();
		Map<String, Object> out = result == null ? Map.of() : result.getEntryMap();
		String rule = (String) out.get("rule");
		return new Result(Boolean.TRUE.equals(out.get("eligible")), Boolean.TRUE.equals(out.get("review")), rule,
				rule == null ? null : this.descriptions.get(rule));
	}

}
