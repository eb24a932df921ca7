package io.bokjiflow.casework.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The case facts of {@code docs/case-facts.md}, read from its first table, so that the
 * tests follow the contract instead of a copy of it.
 */
final class CaseFactsContract {

	static final Path DOCUMENT = Path.of("docs", "case-facts.md");

	private static final String NO_DEFAULT = "—";

	private static Map<String, Fact> facts;

	private CaseFactsContract() {
	}

	/**
	 * One row of the contract.
	 *
	 * @param name the process variable
	 * @param type boolean, integer, long or string
	 * @param dataset the public dataset that gives it, as the contract words it
	 * @param defaultValue the value when the program does not fetch the dataset, or
	 * {@code null} when the contract gives none
	 */
	record Fact(String name, String type, String dataset, Object defaultValue) {

		/** Whether a value of this Java type fits the fact's type. */
		boolean accepts(Object value) {
			return switch (this.type) {
				case "boolean" -> value instanceof Boolean;
				case "integer" -> value instanceof Integer;
				case "long" -> value instanceof Long;
				case "string" -> value instanceof String;
				default -> false;
			};
		}

	}

	/** The facts by variable name, in the document's order. */
	static synchronized Map<String, Fact> facts() {
		if (facts == null) {
			try {
				facts = Collections.unmodifiableMap(parse(Files.readAllLines(DOCUMENT)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return facts;
	}

	static Fact fact(String name) {
		Fact fact = facts().get(name);
		if (fact == null) {
			throw new IllegalArgumentException("'" + name + "' is not a case fact of " + DOCUMENT);
		}
		return fact;
	}

	private static Map<String, Fact> parse(List<String> lines) {
		Map<String, Fact> parsed = new LinkedHashMap<>();
		boolean inTable = false;
		for (String line : lines) {
			if (line.startsWith("| variable |")) {
				inTable = true;
			}
			else if (inTable && !line.startsWith("|")) {
				break;
			}
			else if (inTable && line.startsWith("| `")) {
				List<String> cells = cells(line);
				String name = unquote(cells.get(0));
				String type = cells.get(1);
				parsed.put(name, new Fact(name, type, cells.get(3), value(type, unquote(cells.get(4)))));
			}
		}
		if (parsed.isEmpty()) {
			throw new IllegalStateException("No case-fact table found in " + DOCUMENT);
		}
		return parsed;
	}

	private static List<String> cells(String line) {
		List<String> cells = new ArrayList<>();
		for (String cell : line.substring(1, line.lastIndexOf('|')).split("\\|")) {
			cells.add(cell.trim());
		}
		return cells;
	}

	private static String unquote(String cell) {
		return cell.replace("`", "").trim();
	}

	private static Object value(String type, String text) {
		if (NO_DEFAULT.equals(text)) {
			return null;
		}
		return switch (type) {
			case "boolean" -> Boolean.valueOf(text);
			case "integer" -> Integer.valueOf(text);
			case "long" -> Long.valueOf(text);
			case "string" -> text;
			default -> throw new IllegalStateException("Unknown fact type " + type + " in " + DOCUMENT);
		};
	}

}
