package io.bokjiflow.casework.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import io.bokjiflow.casework.rules.CaseFactsContract.Fact;

/**
 * Every case fact of the contract with its default, as the investigation sets them when a
 * program does not fetch a dataset; a test changes only the facts its case is about.
 * Unknown names and values of the wrong type fail at once, so a typo cannot pass
 * silently.
 */
final class CaseFacts {

	/**
	 * The contract gives no default for the registry's facts; these stand in for them.
	 */
	static final int DEFAULT_AGE = 40;

	static final String DEFAULT_SEX = "F";

	private final Map<String, Object> values;

	private CaseFacts(Map<String, Object> values) {
		this.values = values;
	}

	/** All facts at their contract defaults (age 40, sex F). */
	static CaseFacts defaults() {
		Map<String, Object> values = new LinkedHashMap<>();
		CaseFactsContract.facts().values().forEach(fact -> values.put(fact.name(), fact.defaultValue()));
		values.put("applicantAge", DEFAULT_AGE);
		values.put("applicantSex", DEFAULT_SEX);
		return new CaseFacts(values);
	}

	/** A copy with one fact changed; a long fact also takes an int literal. */
	CaseFacts with(String name, Object value) {
		Fact fact = CaseFactsContract.fact(name);
		Object typed = ("long".equals(fact.type()) && value instanceof Integer i) ? Long.valueOf(i) : value;
		if (!fact.accepts(typed)) {
			throw new IllegalArgumentException(name + " is " + fact.type() + ", not " + value);
		}
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		copy.put(name, typed);
		return new CaseFacts(copy);
	}

	Map<String, Object> asVariables() {
		return Collections.unmodifiableMap(this.values);
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

}
