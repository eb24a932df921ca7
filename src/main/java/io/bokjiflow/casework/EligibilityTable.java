package io.bokjiflow.casework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.OutputEntry;

import org.springframework.core.io.ClassPathResource;

/**
 * A support program's eligibility table ({@code processes/rules/<key>-eligibility.dmn},
 * the file the process engine deploys and the case's decision evaluates), read for
 * evaluation outside a case by the standalone DMN engine: no history rows, no
 * authorization checks, nothing logged. Published so that the modules that estimate
 * eligibility without a case (the public self-check, the missing-services worklist) read
 * the tables one way.
 */
public final class EligibilityTable {

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private final String key;

	private final String name;

	private final DmnDecision decision;

	private final List<String> inputs;

	private final List<Rule> rules;

	private EligibilityTable(String key, String name, DmnDecision decision, List<String> inputs, List<Rule> rules) {
		this.key = key;
		this.name = name;
		this.decision = decision;
		this.inputs = inputs;
		this.rules = rules;
	}

	/**
	 * One rule of the table.
	 *
	 * @param code the {@code rule} output, e.g. {@code R1}
	 * @param description the rule's description (Korean, from the table), or {@code null}
	 * @param conditions the inputs the rule tests (non-empty entries), by input
	 * expression
	 */
	public record Rule(String code, String description, Map<String, String> conditions) {
	}

	/**
	 * One evaluation's outputs.
	 *
	 * @param eligible the {@code eligible} output
	 * @param review the {@code review} output ({@code false} when absent)
	 * @param rule the deciding rule, or {@code null} when no rule matched
	 */
	public record Result(boolean eligible, boolean review, Rule rule) {

		/** The deciding rule's code, or {@code null}. */
		public String ruleCode() {
			return this.rule == null ? null : this.rule.code();
		}

		/** The deciding rule's description, or {@code null}. */
		public String description() {
			return this.rule == null ? null : this.rule.description();
		}

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
			List<Rule> rules = new ArrayList<>();
			for (org.camunda.bpm.model.dmn.instance.Rule rule : table.getRules()) {
				List<OutputEntry> out = new ArrayList<>(rule.getOutputEntries());
				String code = out.get(ruleColumn).getText().getTextContent().strip().replace("\"", "");
				List<InputEntry> entries = new ArrayList<>(rule.getInputEntries());
				Map<String, String> conditions = new LinkedHashMap<>();
				for (int i = 0; i < entries.size(); i++) {
					String text = entries.get(i).getText() == null ? ""
							: entries.get(i).getText().getTextContent().strip();
					if (!text.isEmpty() && !"-".equals(text)) {
						conditions.putIfAbsent(inputs.get(i), text);
					}
				}
				rules.add(new Rule(code,
						rule.getDescription() == null ? null : rule.getDescription().getTextContent().strip(),
						conditions));
			}
			return Optional.of(new EligibilityTable(key, decision.getName(), ENGINE.parseDecision(key, model),
					List.copyOf(inputs.stream().distinct().toList()), List.copyOf(rules)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The decision key, e.g. {@code travel-voucher-eligibility}. */
	public String key() {
		return this.key;
	}

	/** The decision's name. */
	public String name() {
		return this.name;
	}

	/** The facts the table reads (its input expressions, each once, in column order). */
	public List<String> inputs() {
		return this.inputs;
	}

	/** The rules in table order. */
	public List<Rule> rules() {
		return this.rules;
	}

	/**
	 * Evaluates the table.
	 * @param facts every case fact the table reads
	 * @return the outputs (not eligible when no rule matched)
	 */
	public Result evaluate(Map<String, Object> facts) {
		DmnDecisionResultEntries result = ENGINE.evaluateDecision(this.decision, facts).getSingleResult();
		Map<String, Object> out = result == null ? Map.of() : result.getEntryMap();
		String code = (String) out.get("rule");
		Rule rule = code == null ? null
				: this.rules.stream().filter(r -> r.code().equals(code)).findFirst().orElse(null);
		return new Result(Boolean.TRUE.equals(out.get("eligible")), Boolean.TRUE.equals(out.get("review")), rule);
	}

}
