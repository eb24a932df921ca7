package io.bokjiflow.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case facts of {@code docs/case-facts.md} at their contract defaults, as the
 * investigation sets them, for process tests that stand in for the investigation: a test
 * changes only the facts its case is about. Unknown names and values of the wrong type
 * fail at once.
 */
public final class CaseFactsFixture {

	static final Path DOCUMENT = Path.of("docs", "case-facts.md");

	/**
	 * The contract gives no default for the registry's facts; these stand in for them.
	 */
	static final int DEFAULT_AGE = 40;

	static final String DEFAULT_SEX = "F";

	private static Map<String, String> types;

	private static Map<String, Object> defaults;

	private final Map<String, Object> values;

	private CaseFactsFixture(Map<String, Object> values) {
		this.values = values;
	}

	/** All facts at their contract defaults (age 40, sex F). */
	public static CaseFactsFixture defaults() {
		load();
		return new CaseFactsFixture(new LinkedHashMap<>(defaults));
	}

	/**
	 * A copy with one fact changed; a long fact also takes an int literal.
	 * @param name a variable of the contract
	 * @param value its value
	 * @return the changed facts
	 */
	public CaseFactsFixture with(String name, Object value) {
		String type = types.get(name);
		if (type == null) {
			throw new IllegalArgumentException("'" + name + "' is not a case fact of " + DOCUMENT);
		}
		Object typed = ("long".equals(type) && value instanceof Integer i) ? Long.valueOf(i) : value;
		boolean fits = switch (type) {
			case "boolean" -> typed instanceof Boolean;
			case "integer" -> typed instanceof Integer;
			case "long" -> typed instanceof Long;
			default -> typed instanceof String;
		};
		if (!fits) {
			throw new IllegalArgumentException(name + " is " + type + ", not " + value);
		}
		Map<String, Object> copy = new LinkedHashMap<>(this.values);
		copy.put(name, typed);
		return new CaseFactsFixture(copy);
	}

	/** The value of a fact. */
	public Object get(String name) {
		return this.values.get(name);
	}

	/** The facts as process variables. */
	public Map<String, Object> asVariables() {
		return Collections.unmodifiableMap(this.values);
	}

	@Override
	public String toString() {
		return this.values.toString();
	}

	private static synchronized void load() {
		if (types != null) {
			return;
		}
		List<String> lines;
		try {
			lines = Files.readAllLines(DOCUMENT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Map<String, String> parsedTypes = new LinkedHashMap<>();
		Map<String, Object> parsedDefaults = new LinkedHashMap<>();
		boolean inTable = false;
		for (String line : lines) {
			if (line.startsWith("| variable |")) {
				inTable = true;
			}
			else if (inTable && !line.startsWith("|")) {
				break;
			}
			else if (inTable && line.startsWith("| `")) {
				String[] cells = line.substring(1, line.lastIndexOf('|')).split("\\|");
				String name = cells[0].replace("`", "").strip();
				String type = cells[1].strip();
				String text = cells[4].replace("`", "").strip();
				parsedTypes.put(name, type);
				parsedDefaults.put(name, "—".equals(text) ? null : switch (type) {
					case "boolean" -> Boolean.valueOf(text);
					case "integer" -> Integer.valueOf(text);
					case "long" -> Long.valueOf(text);
					default -> text;
				});
			}
		}
		if (parsedTypes.isEmpty()) {
			throw new IllegalStateException("No case-fact table found in " + DOCUMENT);
		}
		parsedDefaults.put("applicantAge", DEFAULT_AGE);
		parsedDefaults.put("applicantSex", DEFAULT_SEX);
		defaults = Collections.unmodifiableMap(parsedDefaults);
		types = Collections.unmodifiableMap(parsedTypes);
	}

}
