package io.bokjiflow.security;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The access-control matrix of {@code src/test/resources/security/access-matrix.md}: one
 * row per endpoint, one column per demo user, each cell the expected outcome (format
 * documented at the top of the file).
 *
 * @param users the column heads after key and call, in order
 * @param rows the rows, in file order
 */
record AccessMatrix(List<String> users, List<Row> rows) {

	/** Kind of a row, from the first word of its key. */
	enum Kind {

		/** A Spring MVC handler method; enumerated live. */
		MVC,
		/** A Vaadin route; enumerated live. */
		ROUTE,
		/** A call of Camunda's REST API {@code /engine-rest}; a chosen selection. */
		REST,
		/** Camunda's web applications and their {@code /camunda/api} calls. */
		WEB

	}

	/**
	 * One row.
	 *
	 * @param kind what kind of endpoint
	 * @param key the key (as enumerated for MVC and ROUTE rows), without the kind
	 * @param planned whether the endpoint may not exist yet (then the row is skipped)
	 * @param call what to call, with placeholders; empty = derived from the key
	 * @param expected the expected outcome per user
	 * @param line the line in the file
	 */
	record Row(Kind kind, String key, boolean planned, String call, Map<String, String> expected, int line) {

		/** The full key as written in the file, e.g. {@code MVC GET /api/x}. */
		String fullKey() {
			return this.kind + " " + this.key;
		}

	}

	static AccessMatrix load(String resource) {
		try (InputStream in = AccessMatrix.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No " + resource + " on the test class path");
			}
			return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Reads the table rows ({@code | … |} lines); everything else is documentation. */
	static AccessMatrix parse(String text) {
		List<String> users = null;
		List<Row> rows = new ArrayList<>();
		String[] lines = text.split("\n");
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (!line.startsWith("|")) {
				continue;
			}
			List<String> cells = cells(line);
			if (cells.get(0).equals("key")) {
				users = cells.subList(2, cells.size());
				continue;
			}
			if (cells.get(0).matches("-+") || cells.get(0).matches(":?-+:?")) {
				continue;
			}
			if (users == null) {
				throw new IllegalStateException("line " + (i + 1) + ": a row before the header row");
			}
			if (cells.size() != users.size() + 2) {
				throw new IllegalStateException("line " + (i + 1) + ": " + cells.size() + " cells, expected "
						+ (users.size() + 2) + ": " + line);
			}
			String key = cells.get(0);
			boolean planned = key.startsWith("?");
			if (planned) {
				key = key.substring(1).strip();
			}
			int space = key.indexOf(' ');
			if (space < 0) {
				space = key.length();
			}
			Kind kind = Kind.valueOf(key.substring(0, space));
			Map<String, String> expected = new LinkedHashMap<>();
			for (int u = 0; u < users.size(); u++) {
				expected.put(users.get(u), cells.get(u + 2));
			}
			Row row = new Row(kind, space < key.length() ? key.substring(space + 1).strip() : "", planned, cells.get(1),
					expected, i + 1);
			if (rows.stream().anyMatch(r -> r.fullKey().equals(row.fullKey()))) {
				throw new IllegalStateException("line " + (i + 1) + ": a second row for " + row.fullKey());
			}
			rows.add(row);
		}
		if (users == null) {
			throw new IllegalStateException("No header row (| key | call | user … |)");
		}
		return new AccessMatrix(users, rows);
	}

	/**
	 * The cells of a table line; {@code \|} stands for a literal bar (in JSON bodies).
	 */
	private static List<String> cells(String line) {
		String body = line.substring(1, line.endsWith("|") ? line.length() - 1 : line.length());
		String[] parts = body.replace("\\|", "\u0000").split("\\|", -1);
		return Arrays.stream(parts).map(p -> p.replace("\u0000", "|").strip()).toList();
	}

	/**
	 * Whether an observed outcome satisfies an expected cell: alternatives separated by
	 * {@code /}; a bare status code accepts any body ({@code 200} accepts {@code 200+}
	 * and {@code 200-}).
	 */
	static boolean matches(String expected, String observed) {
		for (String alternative : expected.split("/")) {
			String alt = alternative.strip();
			if (alt.equals(observed)) {
				return true;
			}
			if (alt.matches("\\d{3}") && observed.matches(alt + "[+-]?")) {
				return true;
			}
		}
		return false;
	}

}
