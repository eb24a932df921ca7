package io.bokjiflow.outreach.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.bokjiflow.casework.EligibilityTable;

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

	private static final long LARGE_WON = 1_000_000_000_000L;

	private final Map<String, Optional<EligibilityTable>> tables = new ConcurrentHashMap<>();

	/**
	 * The outcome of a table for one person.
	 *
	 * @param rule the deciding rule of an eligible outcome
	 * @param eligibleAlways eligible whatever the values of the unknown facts, and no
	 * review asked
	 * @param missingFacts the unknown facts the table read and the outcome depended on
	 */
	record Outcome(EligibilityTable.Rule rule, boolean eligibleAlways, List<String> missingFacts) {
	}

	/** The table of a process key, empty when there is none. */
	Optional<EligibilityTable> table(String processKey) {
		return this.tables.computeIfAbsent(processKey, EligibilityTable::read);
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
	Optional<Outcome> evaluate(EligibilityTable table, Map<String, Object> facts, List<String> unknown,
			Map<List<Object>, Optional<Outcome>> memo) {
		List<String> unknownRead = table.inputs().stream().filter(unknown::contains).distinct().toList();
		List<Object> key = new ArrayList<>();
		key.add(table.key());
		for (String input : table.inputs()) {
			key.add(unknownRead.contains(input) ? "?" : facts.get(input));
		}
		return memo.computeIfAbsent(key, k -> evaluate(table, facts, unknownRead));
	}

	private Optional<Outcome> evaluate(EligibilityTable table, Map<String, Object> facts, List<String> unknownRead) {
		int combinations = 1 << unknownRead.size();
		EligibilityTable.Rule first = null;
		boolean always = true;
		for (int combination = 0; combination < combinations; combination++) {
			Map<String, Object> variables = new HashMap<>(facts);
			for (int i = 0; i < unknownRead.size(); i++) {
				variables.put(unknownRead.get(i), extreme(unknownRead.get(i), (combination >> i & 1) == 1));
			}
			EligibilityTable.Result result = table.evaluate(variables);
			if (result.eligible() && first == null) {
				first = result.rule();
			}
			always &= result.eligible() && !result.review();
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
