package io.bokjiflow.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Collects the results of a run and writes them: a table on the console,
 * {@code results.json} and {@code summary.md}.
 */
public final class Report {

	private final Map<String, Object> run = new LinkedHashMap<>();

	private final List<Result> results = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	/**
	 * Records a fact about the run (date, machine, database, settings).
	 * @param key the name
	 * @param value the value
	 */
	public void run(String key, Object value) {
		this.run.put(key, value);
	}

	/**
	 * Adds a result.
	 * @param result the result
	 */
	public synchronized void add(Result result) {
		this.results.add(result);
		System.out.println(format(result));
	}

	/**
	 * Adds a note for the summary (e.g. a scenario that was skipped and why).
	 * @param note the note
	 */
	public synchronized void note(String note) {
		this.notes.add(note);
		System.out.println("NOTE: " + note);
	}

	/** The results so far. */
	public List<Result> results() {
		return List.copyOf(this.results);
	}

	/**
	 * Prints the table and writes the files.
	 * @param dir the output directory
	 */
	public void write(Path dir) {
		try {
			Files.createDirectories(dir);
			Map<String, Object> doc = new LinkedHashMap<>();
			doc.put("run", this.run);
			doc.put("results", this.results);
			doc.put("notes", this.notes);
			new ObjectMapper().findAndRegisterModules()
				.enable(SerializationFeature.INDENT_OUTPUT)
				.writeValue(dir.resolve("results.json").toFile(), doc);
			String md = markdown();
			Files.writeString(dir.resolve("summary.md"), md, StandardCharsets.UTF_8);
			System.out.println();
			System.out.println(table());
			System.out.println("Results: " + dir.resolve("results.json").toAbsolutePath() + " and "
					+ dir.resolve("summary.md").toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The plain-text table of all results. */
	public String table() {
		StringBuilder sb = new StringBuilder();
		String fmt = "%-14s %-58s %14s %24s %9s %-22s %-8s%n";
		sb.append(String.format(Locale.ROOT, fmt, "id", "measurement", "value", "baseline before/after", "ratio",
				"target", "verdict"));
		for (Result r : this.results) {
			sb.append(String.format(Locale.ROOT, fmt, r.id(), cut(r.title(), 58), num(r.value()) + " " + r.unit(),
					baseline(r), ratio(r.ratio()), r.target() == null ? "" : cut(r.target().description(), 22),
					r.verdict()));
		}
		return sb.toString();
	}

	private String markdown() {
		StringBuilder sb = new StringBuilder("# Benchmark results\n\n");
		this.run.forEach((k, v) -> sb.append("- **").append(k).append("**: ").append(v).append('\n'));
		sb.append("\n| id | measurement | value | baseline before / after | ratio | target | verdict |\n");
		sb.append("|---|---|---|---|---|---|---|\n");
		for (Result r : this.results) {
			sb.append("| ")
				.append(r.id())
				.append(" | ")
				.append(r.title())
				.append(" | ")
				.append(num(r.value()))
				.append(' ')
				.append(r.unit())
				.append(" | ")
				.append(baseline(r))
				.append(" | ")
				.append(ratio(r.ratio()))
				.append(r.ratioOf() == null ? "" : " (" + r.ratioOf() + ")")
				.append(" | ")
				.append(r.target() == null ? "" : r.target().description())
				.append(" | **")
				.append(r.verdict())
				.append("** |\n");
		}
		sb.append("\n## Details\n\n");
		for (Result r : this.results) {
			if (!r.details().isEmpty()) {
				sb.append("- **").append(r.id()).append("**: ");
				List<String> parts = new ArrayList<>();
				r.details().forEach((k, v) -> parts.add(k + " = " + v));
				sb.append(String.join("; ", parts)).append('\n');
			}
		}
		if (!this.notes.isEmpty()) {
			sb.append("\n## Notes\n\n");
			this.notes.forEach(n -> sb.append("- ").append(n).append('\n'));
		}
		return sb.toString();
	}

	private static String format(Result r) {
		return String.format(Locale.ROOT, "RESULT %s: %s = %s %s; baseline %s; ratio %s%s -> %s", r.id(), r.title(),
				num(r.value()), r.unit(), baseline(r), ratio(r.ratio()),
				r.target() == null ? "" : " (target " + r.target().description() + ")", r.verdict());
	}

	private static String baseline(Result r) {
		if (r.baseline() == null) {
			return "—";
		}
		return num(r.baseline().before()) + " / " + num(r.baseline().after())
				+ (r.baseline().attempts() > 1 ? " (" + r.baseline().attempts() + " tries)" : "");
	}

	static String num(double v) {
		if (Double.isNaN(v)) {
			return "n/a";
		}
		if (Math.abs(v) >= 100) {
			return String.format(Locale.ROOT, "%.0f", v);
		}
		if (Math.abs(v) >= 10) {
			return String.format(Locale.ROOT, "%.1f", v);
		}
		return String.format(Locale.ROOT, "%.2f", v);
	}

	static String ratio(double v) {
		if (Double.isNaN(v)) {
			return "—";
		}
		// Small ratios (whole applications against baseline transactions) keep three
		// significant digits.
		return String.format(Locale.ROOT, Math.abs(v) < 0.1 && v != 0 ? "%.4f" : "%.2f", v);
	}

	private static String cut(String s, int max) {
		return s.length() <= max ? s : s.substring(0, max - 1) + "…";
	}

}
