package io.bokjiflow.outreach.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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
import org.camunda.bpm.model.dmn.instance.Rule;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The support programs' eligibility tables
 * ({@code processes/rules/<key>-eligibility.dmn}, the same files the process engine
 * deploys), evaluated by the standalone DMN engine: no history rows and no authorization
 * checks per evaluation, so that a worklist run over a 행정동 can evaluate thousands of
 * persons. Results are memoised per table and input values, since many residents share
 * the same facts.
 */
@Component
class EligibilityTables {

	/** Facts of docs/case-facts.md the integrated DB does not hold. */
	static final List<String> NOT_IN_REGISTRY = List.of("homeless", "vehicleValue", "totalAssets", "monthlyIncome",
			"healthPremium", "medicalAidInsured", "employmentInsured");

	/** Income facts: known only from a recognised income assessment in the registry. */
	static final List<String> INCOME_FACTS = List.of("recognisedIncome", "incomePercentOfMedian");

	private static final DmnEngine ENGINE = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

	private static final long LARGE_WON = 1_000_000_000_000L;

	private final Map<String, Optional<Table>> tables = new ConcurrentHashMap<>();

	/** One table: its decision, inputs and rules. */
	record Table(String key, String name, DmnDecision decision, List<String> inputs, List<TableRule> rules) {
	}

	/**
	 * One rule of a table.
	 *
	 * @param code the {@code rule} output
	 * @param description the rule's description
	 * @param conditions the inputs the rule tests (non-empty entries), by input
	 * expression
	 */
	record TableRule(String code, String description, Map<String, String> conditions) {
	}

	/**
	 * The outcome of a table for one person.
	 *
	 * @param rule the deciding rule of an eligible outcome
	 * @param eligibleAlways eligible whatever the values of the unknown facts, and no
	 * review asked
	 * @param missingFacts the unknown facts the table read and the outcome depended on
	 */
	record Outcome(TableRule rule, boolean eligibleAlways, List<String> missingFacts) {
	}

	/** The table of a process key, empty when there is none. */
	Optional<Table> table(String processKey) {
		return this.tables.computeIfAbsent(processKey, EligibilityTables::read);
	}

	private static Optional<Table> read(String processKey) {
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
			int ruleColumn = -1;
			for (int i = 0; i < outputs.size(); i++) {
				if ("rule".equals(outputs.get(i).getName())) {
					ruleColumn = i;
				}
			}
			List<TableRule> rules = new ArrayList<>();
			for (Rule rule : table.getRules()) {
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
				rules.add(new TableRule(code,
						rule.getDescription() == null ? null : rule.getDescription().getTextContent().strip(),
						conditions));
			}
			DmnDecision parsed = ENGINE.parseDecision(key, model);
			return Optional.of(new Table(key, decision.getName(), parsed, List.copyOf(inputs), List.copyOf(rules)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Evaluates a table on a person's facts. Unknown facts the table reads are tried at
	 * both ends (false/true, zero/very large: the tables compare them against single
	 * thresholds), so an outcome that depends on them is reported with them as missing.
	 * @param table the table
	 * @param facts the known facts (every case fact the registry gives)
	 * @param unknown the facts not known for this person
	 * @param memo results of earlier evaluations of this run
	 * @return the outcome, empty when the person is not eligible for any value of the
	 * unknown facts
	 */
	Optional<Outcome> evaluate(Table table, Map<String, Object> facts, List<String> unknown,
			Map<List<Object>, Optional<Outcome>> memo) {
		List<String> unknownRead = table.inputs().stream().filter(unknown::contains).distinct().toList();
		List<Object> key = new ArrayList<>();
		key.add(table.key());
		for (String input : table.inputs()) {
			key.add(unknownRead.contains(input) ? "?" : facts.get(input));
		}
		return memo.computeIfAbsent(key, k -> evaluate(table, facts, unknownRead));
	}

	private Optional<Outcome> evaluate(Table table, Map<String, Object> facts, List<String> unknownRead) {
		int combinations = 1 << unknownRead.size();
		TableRule first = null;
		boolean always = true;
		for (int combination = 0; combination < combinations; combination++) {
			Map<String, Object> variables = new HashMap<>(facts);
			for (int i = 0; i < unknownRead.size(); i++) {
				variables.put(unknownRead.get(i), extreme(unknownRead.get(i), (combination >> i & 1) == 1));
			}
			DmnDecisionResultEntries result = ENGINE.evaluateDecision(table.decision(), variables).getSingleResult();
			Map<String, Object> out = result == null ? Map.of() : result.getEntryMap();
			boolean eligible = Boolean.TRUE.equals(out.get("eligible"));
			boolean review = Boolean.TRUE.equals(out.get("review"));
			if (eligible && first == null) {
				String code = (String) out.get("rule");
				first = table.rules().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
			}
			always &= eligible && !review;
		}
		if (first == null) {
			return Optional.empty();
		}
		boolean allEligible = always;
		return Optional.of(new Outcome(first, allEligible, allEligible ? List.of() : unknownRead));
	}

	/** The low or high end of an unknown fact, typed as docs/case-facts.md says. */
	static Object extreme(String fact, boolean high) {
		return switch (fact) {
			case "homeless", "medicalAidInsured", "employmentInsured", "incomeInvestigated" -> high;
			case "incomePercentOfMedian" -> high ? 10_000 : 0;
			default -> high ? LARGE_WON : 0L;
		};
	}

}
