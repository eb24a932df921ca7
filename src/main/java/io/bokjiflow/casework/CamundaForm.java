package io.bokjiflow.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js JSON, {@code *.form}) as BokjiFlow renders and validates it.
 * The same file opens in Camunda Modeler and Camunda Tasklist; this class reads the
 * subset of form-js that Camunda 7 forms use for casework and validates submitted values
 * on the server, so the browser is never trusted.
 *
 * <p>
 * English labels come from the form-js custom properties {@code label_en} and, for
 * options, {@code values_en} ({@code VALUE:Label;VALUE2:Label2}). Conditions support the
 * FEEL subset {@code =key}, {@code =not(key)}, {@code =key = "x"} and {@code =key != "x"}
 * (strings, numbers, booleans); {@link #parse(String)} rejects anything else so that a
 * designer learns of it at deployment, not in front of a caseworker.
 *
 * @param id the form id (its key for {@code camunda:formRef})
 * @param fields the fields in order
 */
public record CamundaForm(String id, List<Field> fields) {

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
			"checkbox", "checklist", "datetime");

	private static final Set<String> DISPLAY_TYPES = Set.of("text", "spacer", "separator");

	private static final Pattern CONDITION = Pattern.compile(
			"=\\s*(?:(not)\\(\\s*([A-Za-z_][\\w]*)\\s*\\)|([A-Za-z_][\\w]*)\\s*(?:(=|!=)\\s*(\"[^\"]*\"|true|false|-?\\d+(?:\\.\\d+)?))?)\\s*");

	/**
	 * A field of the form.
	 *
	 * @param type the form-js type
	 * @param key the variable the value goes to ({@code null} for display-only fields)
	 * @param label the Korean label (for {@code text}: the text)
	 * @param labelEn the English label, if given
	 * @param description help text
	 * @param required whether a value is required
	 * @param minLength minimum length of text
	 * @param maxLength maximum length of text
	 * @param min minimum number
	 * @param max maximum number
	 * @param pattern a regular expression text must match
	 * @param options the options of select, radio and checklist
	 * @param hideIf the FEEL condition that hides the field, or {@code null}
	 */
	public record Field(String type, String key, String label, String labelEn, String description, boolean required,
			Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern, List<Option> options,
			String hideIf) {

		/** Whether the field takes a value. */
		public boolean input() {
			return INPUT_TYPES.contains(this.type);
		}

		/** The label in a language ({@code en} → English when given). */
		public String label(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) && this.labelEn != null ? this.labelEn : this.label;
		}

		/** Whether the field is hidden for the given values. */
		public boolean hidden(Map<String, Object> values) {
			return this.hideIf != null && evaluate(this.hideIf, values);
		}

	}

	/**
	 * An option of a select, radio or checklist.
	 *
	 * @param value the stored value
	 * @param label the Korean label
	 * @param labelEn the English label, if given
	 */
	public record Option(String value, String label, String labelEn) {

		/** The label in a language. */
		public String label(java.util.Locale locale) {
			return "en".equals(locale.getLanguage()) && this.labelEn != null ? this.labelEn : this.label;
		}

	}

	/**
	 * Parses a form-js JSON document.
	 * @param json the document
	 * @return the form
	 * @throws IllegalArgumentException when the document is not a form BokjiFlow can
	 * render
	 */
	public static CamundaForm parse(String json) {
		JsonNode root;
		try {
			root = JSON.readTree(json);
		}
		catch (com.fasterxml.jackson.core.JsonProcessingException ex) {
			throw new IllegalArgumentException("Not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !"default".equals(root.path("type").asText()) || !root.path("components").isArray()) {
			throw new IllegalArgumentException("Not a Camunda form: needs type 'default' and a components array");
		}
		String id = root.path("id").asText(null);
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("The form has no id (the key camunda:formRef uses)");
		}
		List<Field> fields = new ArrayList<>();
		Set<String> keys = new java.util.HashSet<>();
		for (JsonNode c : root.path("components")) {
			fields.add(field(c, keys));
		}
		return new CamundaForm(id, List.copyOf(fields));
	}

	private static Field field(JsonNode c, Set<String> keys) {
		String type = c.path("type").asText();
		if (!INPUT_TYPES.contains(type) && !DISPLAY_TYPES.contains(type)) {
			throw new IllegalArgumentException("Unsupported form field type '" + type + "'");
		}
		String key = text(c, "key");
		if (INPUT_TYPES.contains(type)) {
			if (key == null || !key.matches("[A-Za-z_]\\w*")) {
				throw new IllegalArgumentException("A " + type + " field needs a key that is a variable name");
			}
			if (!keys.add(key)) {
				throw new IllegalArgumentException("Duplicate field key '" + key + "'");
			}
		}
		if ("datetime".equals(type) && !"date".equals(c.path("subtype").asText("date"))) {
			throw new IllegalArgumentException("Only date fields are supported for datetime '" + key + "'");
		}
		JsonNode validate = c.path("validate");
		JsonNode props = c.path("properties");
		String label = "text".equals(type) ? text(c, "text")
				: "datetime".equals(type) ? text(c, "dateLabel") : text(c, "label");
		if (label == null && "datetime".equals(type)) {
			label = text(c, "label");
		}
		String hideIf = text(c.path("conditional"), "hide");
		if (hideIf != null && !CONDITION.matcher(hideIf).matches()) {
			throw new IllegalArgumentException("Unsupported condition on '" + key + "': " + hideIf);
		}
		String pattern = text(validate, "pattern");
		if (pattern != null) {
			Pattern.compile(pattern);
		}
		return new Field(type, INPUT_TYPES.contains(type) ? key : null, label, text(props, "label_en"),
				text(c, "description"), validate.path("required").asBoolean(false), integer(validate, "minLength"),
				integer(validate, "maxLength"), decimal(validate, "min"), decimal(validate, "max"), pattern,
				options(c, text(props, "values_en")), hideIf);
	}

	private static List<Option> options(JsonNode c, String valuesEn) {
		Map<String, String> en = new LinkedHashMap<>();
		if (valuesEn != null) {
			for (String pair : valuesEn.split(";")) {
				int colon = pair.indexOf(':');
				if (colon > 0) {
					en.put(pair.substring(0, colon).strip(), pair.substring(colon + 1).strip());
				}
			}
		}
		List<Option> options = new ArrayList<>();
		for (JsonNode v : c.path("values")) {
			String value = v.path("value").asText();
			options.add(new Option(value, v.path("label").asText(value), en.get(value)));
		}
		return List.copyOf(options);
	}

	private static String text(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
	}

	private static Integer integer(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || !v.canConvertToInt() ? null : v.asInt();
	}

	private static BigDecimal decimal(JsonNode node, String field) {
		JsonNode v = node.get(field);
		return v == null || !v.isNumber() ? null : v.decimalValue();
	}

	/**
	 * Evaluates a supported FEEL condition against values.
	 * @param expression e.g. {@code =reviewOutcome != "REJECT"}
	 * @param values the current values
	 * @return the result
	 */
	static boolean evaluate(String expression, Map<String, Object> values) {
		Matcher m = CONDITION.matcher(expression);
		if (!m.matches()) {
			throw new IllegalArgumentException("Unsupported condition: " + expression);
		}
		if (m.group(1) != null) {
			return !truthy(values.get(m.group(2)));
		}
		Object actual = values.get(m.group(3));
		if (m.group(4) == null) {
			return truthy(actual);
		}
		String literal = m.group(5);
		boolean equal;
		if (literal.startsWith("\"")) {
			equal = Objects.equals(literal.substring(1, literal.length() - 1),
					actual == null ? null : actual.toString());
		}
		else if (literal.equals("true") || literal.equals("false")) {
			equal = Boolean.valueOf(literal).equals(actual);
		}
		else {
			equal = sameNumber(literal, actual);
		}
		return "=".equals(m.group(4)) == equal;
	}

	private static boolean sameNumber(String literal, Object actual) {
		if (actual == null) {
			return false;
		}
		try {
			return new BigDecimal(literal).compareTo(new BigDecimal(actual.toString().strip())) == 0;
		}
		catch (NumberFormatException ex) {
			// Not a number: unequal, as FEEL would say, rather than an error in front of
			// the user.
			return false;
		}
	}

	private static boolean truthy(Object v) {
		return v != null && !Boolean.FALSE.equals(v) && !"".equals(v);
	}

	/**
	 * Checks submitted values against the form and returns what may be stored: only the
	 * keys of visible input fields, converted to their types (text, {@link BigDecimal} as
	 * long or double, {@link LocalDate} as ISO text, booleans, checklists as
	 * comma-separated text).
	 * @param submitted the values from the client
	 * @return the cleaned values
	 * @throws FormValidationException listing a message key per invalid field
	 */
	public Map<String, Object> validate(Map<String, Object> submitted) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Object> clean = new LinkedHashMap<>();
		for (Field f : this.fields) {
			if (!f.input() || f.hidden(submitted)) {
				continue;
			}
			Object raw = submitted.get(f.key());
			Optional<String> error = check(f, raw);
			if (error.isPresent()) {
				errors.put(f.key(), error.get());
			}
			else if (!empty(raw)) {
				clean.put(f.key(), convert(f, raw));
			}
			else if ("checkbox".equals(f.type())) {
				clean.put(f.key(), Boolean.FALSE);
			}
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
		return clean;
	}

	private static boolean empty(Object v) {
		return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty());
	}

	private static Optional<String> check(Field f, Object raw) {
		if (empty(raw) || ("checkbox".equals(f.type()) && Boolean.FALSE.equals(raw))) {
			return f.required() ? Optional.of("form.error.required") : Optional.empty();
		}
		switch (f.type()) {
			case "textfield", "textarea" -> {
				String s = raw.toString();
				if (f.minLength() != null && s.strip().length() < f.minLength()) {
					return Optional.of("form.error.minLength");
				}
				if (f.maxLength() != null && s.length() > f.maxLength()) {
					return Optional.of("form.error.maxLength");
				}
				if (f.pattern() != null && !s.matches(f.pattern())) {
					return Optional.of("form.error.pattern");
				}
			}
			case "number" -> {
				BigDecimal n;
				try {
					n = new BigDecimal(raw.toString().strip());
				}
				catch (NumberFormatException ex) {
					return Optional.of("form.error.number");
				}
				if ((f.min() != null && n.compareTo(f.min()) < 0) || (f.max() != null && n.compareTo(f.max()) > 0)) {
					return Optional.of("form.error.range");
				}
			}
			case "select", "radio" -> {
				if (f.options().stream().noneMatch(o -> o.value().equals(raw.toString()))) {
					return Optional.of("form.error.option");
				}
			}
			case "checklist" -> {
				if (!(raw instanceof Collection<?> c) || !c.stream()
					.allMatch(v -> f.options().stream().anyMatch(o -> o.value().equals(String.valueOf(v))))) {
					return Optional.of("form.error.option");
				}
			}
			case "checkbox" -> {
				if (!(raw instanceof Boolean)) {
					return Optional.of("form.error.option");
				}
			}
			case "datetime" -> {
				try {
					LocalDate.parse(raw.toString());
				}
				catch (DateTimeParseException ex) {
					return Optional.of("form.error.date");
				}
			}
			default -> throw new IllegalStateException("Unhandled field type " + f.type());
		}
		return Optional.empty();
	}

	private static Object convert(Field f, Object raw) {
		return switch (f.type()) {
			case "number" -> {
				BigDecimal n = new BigDecimal(raw.toString().strip());
				yield n.scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
			}
			// Stored as comma-separated text: process variables hold small primitive
			// facts only.
			case "checklist" -> String.join(",", ((Collection<?>) raw).stream().map(String::valueOf).toList());
			case "datetime" -> LocalDate.parse(raw.toString()).toString();
			case "checkbox" -> raw;
			default -> raw.toString().strip();
		};
	}

}
