package io.bokjiflow.ui.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;

/**
 * What a pending version changes against the version in force, one line per changed
 * field, for the supervisor who approves it.
 */
final class ProgramDiff {

	private static final ObjectMapper JSON = new ObjectMapper();

	private ProgramDiff() {
	}

	/**
	 * The changes.
	 * @param current the version in force, {@code null} for a new program
	 * @param proposed the pending version
	 * @param format a message by key and arguments
	 * @param placeName a place's name by code (for the criteria summary)
	 * @param locale the language
	 * @return one line per changed field ("금액: 300,000원 → 350,000원")
	 */
	static List<String> lines(ProgramContent current, ProgramContent proposed,
			BiFunction<String, Object[], String> format, Function<String, String> placeName, Locale locale) {
		List<String> lines = new ArrayList<>();
		if (current == null) {
			lines.add(format.apply("approvals.diff.new", new Object[0]));
			return lines;
		}
		change(lines, format, "program.nameKo", current.nameKo(), proposed.nameKo());
		change(lines, format, "program.nameEn", current.nameEn(), proposed.nameEn());
		change(lines, format, "program.summaryKo", current.summaryKo(), proposed.summaryKo());
		change(lines, format, "program.summaryEn", current.summaryEn(), proposed.summaryEn());
		change(lines, format, "program.legalBasis", current.legalBasis(), proposed.legalBasis());
		change(lines, format, "program.seizureProtected", yesNo(current.seizureProtectedAllowed(), format),
				yesNo(proposed.seizureProtectedAllowed(), format));
		change(lines, format, "program.nationalProgram", current.nationalProgramCode(), proposed.nationalProgramCode());
		change(lines, format, "program.amount", ProgramLabels.won(current.amountWon(), locale),
				ProgramLabels.won(proposed.amountWon(), locale));
		change(lines, format, "program.schedule", current.schedule(), proposed.schedule());
		change(lines, format, "program.budget", ProgramLabels.won(current.budgetWon(), locale),
				ProgramLabels.won(proposed.budgetWon(), locale));
		change(lines, format, "program.paymentMethods", methods(current, format), methods(proposed, format));
		change(lines, format, "program.deadlineDays", String.valueOf(current.decisionDeadlineDays()),
				String.valueOf(proposed.decisionDeadlineDays()));
		if (!Objects.equals(current.criteria(), proposed.criteria())) {
			lines.add(line(format, "program.criteria", CriteriaEditor.summary(current.criteria(), format, placeName),
					CriteriaEditor.summary(proposed.criteria(), format, placeName)));
		}
		if (!sameJson(current.applicationFormJson(), proposed.applicationFormJson())) {
			List<String> before = labels(current.applicationFormJson(), locale);
			List<String> after = labels(proposed.applicationFormJson(), locale);
			List<String> added = after.stream().filter(l -> !before.contains(l)).toList();
			List<String> removed = before.stream().filter(l -> !after.contains(l)).toList();
			lines.add(format.apply("approvals.diff.form",
					new Object[] { before.size(), after.size(), added.isEmpty() ? "–" : String.join(", ", added),
							removed.isEmpty() ? "–" : String.join(", ", removed) }));
		}
		if (lines.isEmpty()) {
			lines.add(format.apply("approvals.diff.none", new Object[0]));
		}
		return lines;
	}

	/** Whether two forms are the same document (layout and key order aside). */
	static boolean sameJson(String a, String b) {
		if (a == null || b == null) {
			return Objects.equals(a, b);
		}
		try {
			return JSON.readTree(a).equals(JSON.readTree(b));
		}
		catch (JsonProcessingException ex) {
			return a.equals(b);
		}
	}

	private static String yesNo(boolean b, BiFunction<String, Object[], String> format) {
		return format.apply(b ? "approvals.yes" : "approvals.no", new Object[0]);
	}

	private static String methods(ProgramContent c, BiFunction<String, Object[], String> format) {
		return String.join(", ",
				c.paymentMethods()
					.stream()
					.map(m -> format.apply("program.paymentMethod." + m.name(), new Object[0]))
					.toList());
	}

	private static List<String> labels(String json, Locale locale) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return CamundaForm.parse(json).keyedFields().stream().map(f -> f.label(locale)).toList();
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	private static void change(List<String> lines, BiFunction<String, Object[], String> format, String labelKey,
			String before, String after) {
		String b = before == null ? "" : before;
		String a = after == null ? "" : after;
		if (!b.equals(a)) {
			lines.add(line(format, labelKey, b.isEmpty() ? "–" : b, a.isEmpty() ? "–" : a));
		}
	}

	private static String line(BiFunction<String, Object[], String> format, String labelKey, String before,
			String after) {
		return format.apply(labelKey, new Object[0]) + ": " + before + " → " + after;
	}

}
