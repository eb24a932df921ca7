package io.bokjiflow.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Camunda Form (form-js JSON, {@code *.form}) as BokjiFlow renders and validates it.
 * The same file opens in Camunda Modeler and Camunda Tasklist; this class reads the
 * form-js field types Camunda 7 supports and validates submitted values on the server, so
 * the browser is never trusted.
 *
 * <p>
 * English labels come from the form-js custom properties {@code label_en} and, for
 * options, {@code values_en} ({@code VALUE:Label;VALUE2:Label2}). Conditions
 * ({@code conditional.hide}), {@code readonly} expressions and {@code expression} fields
 * are FEEL, evaluated with Camunda's own FEEL engine; a field is hidden only when its
 * condition is {@code true}, and a hidden field is neither required nor submitted.
 * {@link #parse(String)} rejects what BokjiFlow cannot honour (options from
 * {@code valuesKey}, groups with a {@code path}, unparsable FEEL, …) so that a designer
 * learns of it at deployment, not in front of a caseworker.
 *
 * @param id the form id (its key for {@code camunda:formRef})
 * @param fields the fields in order (groups and dynamic lists hold their own)
 */
public record CamundaForm(String id, List<Field> fields) {

	private static final ObjectMapper JSON = new ObjectMapper();

	/** Types whose value the user enters. */
	private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "select", "radio",
			"checkbox", "checklist", "datetime", "taglist", "filepicker", "dynamiclist");

	/** Types that show something or hold other fields, and take no value. */
	private static final Set<String> DISPLAY_TYPES = Set.of("text", "html", "image", "spacer", "separator", "group",
			"table", "iframe", "button");

	private static final Set<String> OPTION_TYPES = Set.of("select", "radio", "checklist", "taglist");

	private static final Set<String> LIST_TYPES = Set.of("checklist", "taglist", "filepicker");

	/** The zone of times entered without one (the office's). */
	private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	/** The longest text a draft keeps for a field without its own maximum. */
	private static final int DRAFT_TEXT_LIMIT = 10_000;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()-]{5,19}");

	/**
	 * A field of the form.
	 *
	 * @param type the form-js type
	 * @param key the variable the value goes to (for a dynamic list its {@code path};
	 * {@code null} for display-only fields)
	 * @param label the Korean label (for {@code text}: the text; for {@code image}: the
	 * alternative text)
	 * @param labelEn the English label, if given
	 * @param description help text
	 * @param required whether a value is required
	 * @param minLength minimum length of text
	 * @param maxLength maximum length of text
	 * @param min minimum number
	 * @param max maximum number
	 * @param pattern a regular expression text must match
	 * @param options the options of select, radio, checklist and taglist; for a table its
	 * columns (value = key)
	 * @param hideIf the FEEL condition that hides the field, or {@code null}
	 * @param subtype for datetime: {@code date}, {@code time} or {@code datetime}
	 * @param readonly {@code null}, {@code "true"} or a FEEL condition: the user cannot
	 * change the value, so the server does not take one
	 * @param disabled whether the field is disabled (never submitted)
	 * @param searchable for select: whether to offer a search box
	 * @param decimalDigits for number: how many digits after the point at most
	 * @param content html markup, image source, iframe url, table data source, expression
	 * of an expression field, the file types a filepicker accepts, or how a datetime
	 * field writes times ({@code timeSerializingFormat}), or a spacer's height in pixels
	 * @param components the fields of a group or of one item of a dynamic list
	 * @param properties the form-js custom properties
	 * @param allowMany for filepicker: whether more than one file may be chosen
	 */
	public record Field(String type, String key, String label, String labelEn, String description, boolean required,
			Integer minLength, Integer maxLength, BigDecimal min, BigDecimal max, String pattern, List<Option> options,
			String hideIf, String subtype, String readonly, boolean disabled, boolean searchable, Integer decimalDigits,
			String content, List<Field> components, Map<String, String> properties, boolean allowMany) {

		/** Whether the user enters a value for this field. */
		public boolean input() {
			return INPUT_TYPES.contains(this.type);
		}

		/** Whether the field holds a value under its key (inputs and computed values). */
		public boolean keyed() {
			return input() || "expression".equals(this.type);
		}

		/** The label in a language ({@code en} → English when given). */
		public String label(Locale locale) {
			return "en".equals(locale.getLanguage()) && this.labelEn != null ? this.labelEn : this.label;
		}

		/** Whether the field is hidden for the given values. */
		public boolean hidden(Map<String, Object> values) {
			return this.hideIf != null && FormExpressions.isTrue(this.hideIf, context(values));
		}

		/** Whether the field is read-only for the given values. */
		public boolean readonly(Map<String, Object> values) {
			return this.readonly != null
					&& ("true".equals(this.readonly) || FormExpressions.isTrue(this.readonly, context(values)));
		}

		/** Whether a multi-value field (checklist, taglist, filepicker) or a list. */
		public boolean multiple() {
			return LIST_TYPES.contains(this.type) || "dynamiclist".equals(this.type);
		}

	}

	/**
	 * An option of a select, radio, checklist or taglist (or a column of a table).
	 *
	 * @param value the stored value
	 * @param label the Korean label
	 * @param labelEn the English label, if given
	 */
	public record Option(String value, String label, String labelEn) {

		/** The label in a language. */
		public String label(Locale locale) {
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
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not JSON: " + ex.getOriginalMessage());
		}
		if (root == null || !"default".equals(root.path("type").asText()) || !root.path("components").isArray()) {
			throw new IllegalArgumentException("Not a Camunda form: needs type 'default' and a components array");
		}
		String id = root.path("id").asText(null);
		if (id == null || id.isBlank()) {
			throw new IllegalArgumentException("The form has no id (the key camunda:formRef uses)");
		}
		return new CamundaForm(id, fields(root.path("components"), new HashSet<>(), false));
	}

	private static List<Field> fields(JsonNode components, Set<String> keys, boolean inList) {
		List<Field> fields = new ArrayList<>();
		for (JsonNode c : components) {
			fields.add(field(c, keys, inList));
		}
		return List.copyOf(fields);
	}

	private static Field field(JsonNode c, Set<String> keys, boolean inList) {
		String type = c.path("type").asText();
		if (!INPUT_TYPES.contains(type) && !DISPLAY_TYPES.contains(type) && !"expression".equals(type)) {
			throw new IllegalArgumentException("Unsupported form field type '" + type + "'");
		}
		String key = "dynamiclist".equals(type) ? text(c, "path") : text(c, "key");
		boolean keyed = INPUT_TYPES.contains(type) || "expression".equals(type);
		if (keyed) {
			if (key == null || !key.matches("[A-Za-z_]\\w*")) {
				throw new IllegalArgumentException("A " + type + " field needs a "
						+ ("dynamiclist".equals(type) ? "path" : "key") + " that is a variable name");
			}
			if (!keys.add(key)) {
				throw new IllegalArgumentException("Duplicate field key '" + key + "'");
			}
		}
		if (inList && ("dynamiclist".equals(type) || "filepicker".equals(type))) {
			throw new IllegalArgumentException("A " + type + " cannot sit inside a dynamic list ('" + key + "')");
		}
		if (OPTION_TYPES.contains(type) && (c.has("valuesKey") || c.has("valuesExpression"))) {
			throw new IllegalArgumentException("Options of '" + key
					+ "' must be listed in the form (values); valuesKey and valuesExpression are not supported");
		}
		if ("group".equals(type) && text(c, "path") != null) {
			throw new IllegalArgumentException("A group with a path is not supported; leave the path empty");
		}
		String subtype = null;
		if ("datetime".equals(type)) {
			subtype = c.path("subtype").asText("date");
			if (!Set.of("date", "time", "datetime").contains(subtype)) {
				throw new IllegalArgumentException("Unknown datetime subtype '" + subtype + "' of '" + key + "'");
			}
		}
		JsonNode validate = c.path("validate");
		JsonNode props = c.path("properties");
		String label = switch (type) {
			case "text" -> text(c, "text");
			case "image" -> text(c, "alt");
			case "datetime" -> "time".equals(subtype) ? text(c, "timeLabel") : text(c, "dateLabel");
			default -> text(c, "label");
		};
		if (label == null && "datetime".equals(type)) {
			label = text(c, "label");
		}
		String hideIf = text(c.path("conditional"), "hide");
		if (hideIf != null) {
			FormExpressions.parse(hideIf);
		}
		String readonly = flagOrExpression(c.get("readonly"), key);
		String pattern = text(validate, "pattern");
		String validationType = text(validate, "validationType");
		if (validationType != null) {
			pattern = switch (validationType) {
				case "email" -> EMAIL.pattern();
				case "phone" -> PHONE.pattern();
				case "custom" -> pattern;
				default -> throw new IllegalArgumentException("Unknown validation type '" + validationType + "'");
			};
		}
		if (pattern != null) {
			try {
				Pattern.compile(pattern);
			}
			catch (PatternSyntaxException ex) {
				throw new IllegalArgumentException("Invalid pattern of '" + key + "': " + pattern);
			}
		}
		String content = content(type, c, key);
		List<Field> children = List.of();
		if ("group".equals(type)) {
			children = fields(c.path("components"), keys, inList);
		}
		else if ("dynamiclist".equals(type)) {
			children = fields(c.path("components"), new HashSet<>(), true);
		}
		List<Option> options = "table".equals(type) ? columns(c) : options(c, text(props, "values_en"));
		return new Field(type, keyed ? key : null, label, text(props, "label_en"), text(c, "description"),
				validate.path("required").asBoolean(false), integer(validate, "minLength"),
				integer(validate, "maxLength"), decimal(validate, "min"), decimal(validate, "max"), pattern, options,
				hideIf, subtype, readonly, c.path("disabled").asBoolean(false), c.path("searchable").asBoolean(false),
				integer(c, "decimalDigits"), content, children, properties(props),
				"filepicker".equals(type) && c.path("multiple").asBoolean(false));
	}

	private static String content(String type, JsonNode c, String key) {
		return switch (type) {
			case "html" -> text(c, "content");
			case "image" -> {
				String source = text(c, "source");
				if (source != null && !(source.startsWith("https://") || source.startsWith("/")
						|| source.matches("data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]+"))) {
					throw new IllegalArgumentException(
							"An image source must be an https address, a path or a data URI of a raster image");
				}
				yield source;
			}
			case "iframe" -> {
				String url = text(c, "url");
				if (url == null || !url.startsWith("https://")) {
					throw new IllegalArgumentException("An iframe needs an https url; BokjiFlow shows it as a link");
				}
				yield url;
			}
			case "table" -> {
				String source = text(c, "dataSource");
				if (source != null) {
					FormExpressions.parse(source.startsWith("=") ? source : "=" + source);
				}
				if (c.has("columnsExpression")) {
					throw new IllegalArgumentException("Table columns must be listed (columnsExpression unsupported)");
				}
				yield source == null ? null : source.startsWith("=") ? source : "=" + source;
			}
			case "expression" -> {
				String expression = text(c, "expression");
				if (expression == null) {
					throw new IllegalArgumentException("The expression field '" + key + "' has no expression");
				}
				FormExpressions.parse(expression);
				yield expression;
			}
			case "filepicker" -> text(c, "accept");
			case "spacer" -> c.path("height").canConvertToInt() ? String.valueOf(c.path("height").asInt()) : null;
			case "datetime" -> {
				String format = c.path("timeSerializingFormat").asText("utc_offset");
				if (!Set.of("utc_offset", "utc_normalized", "no_timezone").contains(format)) {
					throw new IllegalArgumentException("Unknown timeSerializingFormat '" + format + "'");
				}
				yield format;
			}
			default -> null;
		};
	}

	private static String flagOrExpression(JsonNode node, String key) {
		if (node == null || node.isNull() || (node.isBoolean() && !node.asBoolean())) {
			return null;
		}
		if (node.isBoolean()) {
			return "true";
		}
		String expression = node.asText();
		FormExpressions.parse(expression);
		return expression;
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

	private static List<Option> columns(JsonNode c) {
		List<Option> columns = new ArrayList<>();
		for (JsonNode col : c.path("columns")) {
			String key = col.path("key").asText();
			columns.add(new Option(key, col.path("label").asText(key), null));
		}
		return List.copyOf(columns);
	}

	private static Map<String, String> properties(JsonNode props) {
		Map<String, String> map = new LinkedHashMap<>();
		props.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
		return Map.copyOf(map);
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
	 * Evaluates a FEEL condition against values with Camunda's FEEL engine.
	 * @param expression e.g. {@code =reviewOutcome != "REJECT"}
	 * @param values the current values
	 * @return whether the condition is {@code true}
	 */
	static boolean evaluate(String expression, Map<String, Object> values) {
		return FormExpressions.isTrue(expression, context(values));
	}

	/**
	 * Evaluates a FEEL expression against the form's values (e.g. a table's data source).
	 * @param expression the expression with its leading {@code =}
	 * @param values the current values
	 * @return the result, or {@code null} when it fails
	 */
	public static Object evaluateExpression(String expression, Map<String, Object> values) {
		return FormExpressions.evaluate(expression, context(values));
	}

	/**
	 * Values as FEEL sees them: numbers as numbers (the UI sends text), everything else
	 * as it is.
	 */
	private static Map<String, Object> context(Map<String, Object> values) {
		Map<String, Object> context = new HashMap<>();
		values.forEach((k, v) -> context.put(k, feelValue(v)));
		return context;
	}

	private static Object feelValue(Object v) {
		if (v instanceof String s && s.strip().matches("-?\\d+(\\.\\d+)?")) {
			return new BigDecimal(s.strip());
		}
		if (v instanceof Number n && !(v instanceof BigDecimal)) {
			return new BigDecimal(n.toString());
		}
		return v;
	}

	/** All keyed fields of the form in order, with those inside groups (not lists). */
	public List<Field> keyedFields() {
		List<Field> keyed = new ArrayList<>();
		collect(this.fields, keyed);
		return keyed;
	}

	private static void collect(List<Field> fields, List<Field> into) {
		for (Field f : fields) {
			if (f.keyed()) {
				into.add(f);
			}
			if ("group".equals(f.type())) {
				collect(f.components(), into);
			}
		}
	}

	/**
	 * Checks submitted values against the form and returns what may be stored as process
	 * variables: only the keys of visible, enabled input fields and the computed
	 * {@code expression} fields, converted to their types (text, numbers as long or
	 * double, dates and times as ISO text, booleans; checklists, taglists and file
	 * pickers as comma-separated text; dynamic lists as JSON text of a list of objects,
	 * see {@link #readList(String)}).
	 * @param submitted the values from the client
	 * @return the cleaned values
	 * @throws FormValidationException listing a message key per invalid field (inside a
	 * dynamic list as {@code path[index].key})
	 */
	public Map<String, Object> validate(Map<String, Object> submitted) {
		Map<String, String> errors = new LinkedHashMap<>();
		Map<String, Object> clean = new LinkedHashMap<>();
		Map<String, Object> context = withDefaults(this.fields, submitted);
		walk(this.fields, submitted, context, "", clean, errors, false);
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
		computeExpressions(this.fields, withDefaults(this.fields, clean), clean);
		Map<String, String> types = new HashMap<>();
		keyedFields().forEach(f -> types.put(f.key(), f.type()));
		Map<String, Object> variables = new LinkedHashMap<>();
		clean.forEach((key, value) -> variables.put(key, variable(types.get(key), value)));
		return variables;
	}

	/**
	 * What a draft may keep of submitted values: the keys of the form with values of the
	 * right type (anything else is dropped), text cut to its maximum length, and no
	 * required, length, range or pattern check — partial input is the point of a draft.
	 * Values keep the shape the UI uses (lists stay lists, dynamic lists lists of maps).
	 * @param submitted the values from the client
	 * @return the values to keep
	 */
	public Map<String, Object> sanitiseDraft(Map<String, Object> submitted) {
		Map<String, Object> clean = new LinkedHashMap<>();
		walk(this.fields, submitted, submitted, "", clean, new LinkedHashMap<>(), true);
		return clean;
	}

	private static Map<String, Object> withDefaults(List<Field> fields, Map<String, Object> values) {
		Map<String, Object> context = new HashMap<>(values);
		List<Field> keyed = new ArrayList<>();
		collect(fields, keyed);
		for (Field f : keyed) {
			// An unchecked checkbox is false, as form-js submits it.
			if ("checkbox".equals(f.type()) && !(context.get(f.key()) instanceof Boolean)) {
				context.put(f.key(), Boolean.FALSE);
			}
			context.putIfAbsent(f.key(), null);
		}
		return context;
	}

	private void walk(List<Field> fields, Map<String, Object> submitted, Map<String, Object> context, String prefix,
			Map<String, Object> clean, Map<String, String> errors, boolean draft) {
		for (Field f : fields) {
			if (!draft && f.hidden(context)) {
				continue;
			}
			if ("group".equals(f.type())) {
				walk(f.components(), submitted, context, prefix, clean, errors, draft);
				continue;
			}
			if (!f.input() || f.disabled() || f.readonly(context)) {
				continue;
			}
			Object raw = submitted.get(f.key());
			if ("dynamiclist".equals(f.type())) {
				List<Map<String, Object>> items = new ArrayList<>();
				if (raw instanceof Collection<?> list) {
					int i = 0;
					for (Object item : list) {
						if (item instanceof Map<?, ?> m) {
							Map<String, Object> values = new HashMap<>();
							m.forEach((k, v) -> values.put(String.valueOf(k), v));
							Map<String, Object> itemContext = new HashMap<>(context);
							itemContext.putAll(withDefaults(f.components(), values));
							Map<String, Object> itemClean = new LinkedHashMap<>();
							walk(f.components(), values, itemContext, prefix + f.key() + "[" + i + "].", itemClean,
									errors, draft);
							items.add(itemClean);
						}
						else if (!draft) {
							errors.put(prefix + f.key() + "[" + i + "]", "form.error.option");
						}
						i++;
					}
				}
				else if (raw != null && !draft) {
					errors.put(prefix + f.key(), "form.error.option");
				}
				if (!items.isEmpty() || !draft) {
					clean.put(f.key(), items);
				}
				continue;
			}
			Optional<String> error = check(f, raw, draft);
			if (error.isPresent()) {
				if (!draft) {
					errors.put(prefix + f.key(), error.get());
				}
			}
			else if (!empty(raw)) {
				clean.put(f.key(), convert(f, raw, draft));
			}
			else if ("checkbox".equals(f.type()) && !draft) {
				clean.put(f.key(), Boolean.FALSE);
			}
		}
	}

	private static void computeExpressions(List<Field> fields, Map<String, Object> context, Map<String, Object> clean) {
		for (Field f : fields) {
			if (f.hidden(context)) {
				continue;
			}
			if ("group".equals(f.type())) {
				computeExpressions(f.components(), context, clean);
			}
			else if ("expression".equals(f.type())) {
				Object value = simple(FormExpressions.evaluate(f.content(), context(context)));
				if (value != null) {
					clean.put(f.key(), value);
					context.put(f.key(), value);
				}
			}
		}
	}

	/**
	 * The value of an expression field for the values shown (the UI displays it; the
	 * server computes it again on completion).
	 * @param field an expression field
	 * @param values the current values
	 * @return the value, or {@code null}
	 */
	public static Object compute(Field field, Map<String, Object> values) {
		return simple(FormExpressions.evaluate(field.content(), context(values)));
	}

	/** A FEEL result as a process variable may hold it: text, number, boolean, date. */
	private static Object simple(Object value) {
		if (value instanceof BigDecimal n) {
			return n.stripTrailingZeros().scale() <= 0 ? (Object) n.longValue() : (Object) n.doubleValue();
		}
		if (value instanceof String || value instanceof Boolean || value instanceof Long || value instanceof Double) {
			return value;
		}
		if (value instanceof Number n) {
			return n.longValue();
		}
		if (value instanceof LocalDate || value instanceof LocalTime || value instanceof LocalDateTime) {
			return value.toString();
		}
		// Lists, contexts and other values are not small facts: not stored.
		return null;
	}

	private static Object variable(String type, Object value) {
		if ("dynamiclist".equals(type)) {
			// JSON text: process variables hold small facts, and Java serialisation is
			// off.
			return writeJson(value);
		}
		if (value instanceof List<?> list) {
			// Comma-separated text: process variables hold small primitive facts only.
			return String.join(",", list.stream().map(String::valueOf).toList());
		}
		return value;
	}

	private static String writeJson(Object value) {
		try {
			return JSON.writeValueAsString(value);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Reads a dynamic list's process variable back into its items.
	 * @param json the JSON text {@link #validate(Map)} produced
	 * @return the items, each a map of its fields' values
	 */
	public static List<Map<String, Object>> readList(String json) {
		if (json == null || json.isBlank()) {
			return List.of();
		}
		try {
			return JSON.readValue(json, new TypeReference<List<Map<String, Object>>>() {
			});
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException("Not a dynamic list value");
		}
	}

	private static boolean empty(Object v) {
		return v == null || (v instanceof String s && s.isBlank()) || (v instanceof Collection<?> c && c.isEmpty());
	}

	private static Optional<String> check(Field f, Object raw, boolean draft) {
		if (empty(raw) || ("checkbox".equals(f.type()) && Boolean.FALSE.equals(raw))) {
			return f.required() && !draft ? Optional.of("form.error.required") : Optional.empty();
		}
		switch (f.type()) {
			case "textfield", "textarea" -> {
				if (!(raw instanceof String || raw instanceof Number)) {
					return Optional.of("form.error.option");
				}
				String s = raw.toString();
				if (draft) {
					return Optional.empty();
				}
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
				if (draft) {
					return Optional.empty();
				}
				if (f.decimalDigits() != null && n.stripTrailingZeros().scale() > f.decimalDigits()) {
					return Optional.of("form.error.decimalDigits");
				}
				if ((f.min() != null && n.compareTo(f.min()) < 0) || (f.max() != null && n.compareTo(f.max()) > 0)) {
					return Optional.of("form.error.range");
				}
			}
			case "select", "radio" -> {
				if (!isOption(f, raw)) {
					return Optional.of("form.error.option");
				}
			}
			case "checklist", "taglist" -> {
				if (!(raw instanceof Collection<?> c) || !c.stream().allMatch(v -> isOption(f, v))) {
					return Optional.of("form.error.option");
				}
			}
			case "filepicker" -> {
				if (!(raw instanceof Collection<?> c) || !c.stream().allMatch(CamundaForm::isUuid)
						|| (c.size() > 1 && !f.allowMany())) {
					return Optional.of("form.error.file");
				}
			}
			case "checkbox" -> {
				if (!(raw instanceof Boolean)) {
					return Optional.of("form.error.option");
				}
			}
			case "datetime" -> {
				try {
					temporal(f, raw.toString());
				}
				catch (DateTimeParseException ex) {
					return Optional.of("form.error.date");
				}
			}
			default -> throw new IllegalStateException("Unhandled field type " + f.type());
		}
		return Optional.empty();
	}

	private static boolean isOption(Field f, Object v) {
		return v != null && f.options().stream().anyMatch(o -> o.value().equals(String.valueOf(v)));
	}

	private static boolean isUuid(Object v) {
		try {
			UUID.fromString(String.valueOf(v));
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static Object convert(Field f, Object raw, boolean draft) {
		return switch (f.type()) {
			case "number" -> {
				BigDecimal n = new BigDecimal(raw.toString().strip());
				if (draft) {
					yield n.toPlainString();
				}
				yield n.scale() <= 0 ? (Object) n.longValueExact() : (Object) n.doubleValue();
			}
			case "checklist", "taglist", "filepicker" ->
				((Collection<?>) raw).stream().map(String::valueOf).distinct().toList();
			case "datetime" -> temporal(f, raw.toString());
			case "checkbox" -> raw;
			case "select", "radio" -> raw.toString();
			default -> {
				String s = draft ? raw.toString() : raw.toString().strip();
				int limit = f.maxLength() != null ? f.maxLength() : DRAFT_TEXT_LIMIT;
				yield draft && s.length() > limit ? s.substring(0, limit) : s;
			}
		};
	}

	/**
	 * A date, time or date-time in ISO form: dates as {@code 2025-03-01}; times and
	 * date-times as form-js serialises them ({@code timeSerializingFormat}: with the
	 * office's offset by default, normalised to UTC, or without a zone), to the minute.
	 */
	private static String temporal(Field f, String text) {
		String s = text.strip();
		String format = f.content() == null ? "utc_offset" : f.content();
		return switch (f.subtype() == null ? "date" : f.subtype()) {
			case "time" -> {
				OffsetTime t;
				try {
					t = OffsetTime.parse(s);
				}
				catch (DateTimeParseException ex) {
					LocalTime local = LocalTime.parse(s);
					t = local.atOffset(ZONE.getRules().getOffset(java.time.Instant.now()));
				}
				t = t.truncatedTo(ChronoUnit.MINUTES);
				yield switch (format) {
					case "no_timezone" -> t.toLocalTime().toString();
					case "utc_normalized" -> t.withOffsetSameInstant(ZoneOffset.UTC).toString();
					default -> t.toString();
				};
			}
			case "datetime" -> {
				OffsetDateTime t;
				try {
					t = OffsetDateTime.parse(s);
				}
				catch (DateTimeParseException ex) {
					t = LocalDateTime.parse(s).atZone(ZONE).toOffsetDateTime();
				}
				t = t.truncatedTo(ChronoUnit.MINUTES);
				yield switch (format) {
					case "no_timezone" -> t.atZoneSameInstant(ZONE).toLocalDateTime().toString();
					case "utc_normalized" -> t.withOffsetSameInstant(ZoneOffset.UTC).toString();
					default -> t.toString();
				};
			}
			default -> LocalDate.parse(s).toString();
		};
	}

}
