package io.bokjiflow.ui.programs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.ui.forms.CamundaFormRenderer;

/**
 * The application items of a local program, edited as a list (add, remove, move; label in
 * Korean and English, key, required, help text, options) and written as Camunda Forms
 * JSON that {@link CamundaForm} parses and Camunda Modeler opens, with a live preview
 * rendered by {@link CamundaFormRenderer}. Fields of other types in a form read back
 * (e.g. made in the Modeler) are kept as they are and can only be moved or removed here.
 */
public class FormBuilder extends HorizontalLayout {

	/** The kinds of item a local official can add. */
	public enum ItemType {

		/** One line of text (form-js {@code textfield}). */
		TEXT("textfield"),
		/** A number. */
		NUMBER("number"),
		/** A date (form-js {@code datetime} with subtype {@code date}). */
		DATE("datetime"),
		/** A choice from options. */
		SELECT("select"),
		/** A yes/no box, e.g. a declaration. */
		CHECKBOX("checkbox"),
		/** Uploaded documents (form-js {@code filepicker}). */
		FILE("filepicker"),
		/** A field of another type, kept as it was read. */
		OTHER(null);

		private final String formJsType;

		ItemType(String formJsType) {
			this.formJsType = formJsType;
		}

		/** The form-js component type. */
		public String formJsType() {
			return this.formJsType;
		}

	}

	/** An option of a select item. */
	public static final class Option {

		String value;

		String labelKo;

		String labelEn;

		/** Whether the user typed the value; otherwise it follows the English label. */
		boolean valueEdited;

		Option(String value, String labelKo, String labelEn) {
			this.value = value;
			this.labelKo = labelKo;
			this.labelEn = labelEn;
		}

		public String value() {
			return this.value;
		}

		public String labelKo() {
			return this.labelKo;
		}

		public String labelEn() {
			return this.labelEn;
		}

	}

	/** One application item. */
	public static final class Item {

		final ItemType type;

		/** The component as read (other attributes are written back unchanged). */
		final ObjectNode base;

		String labelKo = "";

		String labelEn = "";

		String key = "";

		String description = "";

		boolean required;

		/** Whether the user typed the key; otherwise it follows the labels. */
		boolean keyEdited;

		/** Whether the item was added here (not read from a form). */
		boolean created;

		final List<Option> options = new ArrayList<>();

		Item(ItemType type, ObjectNode base) {
			this.type = type;
			this.base = base;
		}

		public ItemType type() {
			return this.type;
		}

		public String labelKo() {
			return this.labelKo;
		}

		public String labelEn() {
			return this.labelEn;
		}

		public String key() {
			return this.key;
		}

		public String description() {
			return this.description;
		}

		public boolean required() {
			return this.required;
		}

		public List<Option> options() {
			return List.copyOf(this.options);
		}

		/** The key of an item of another type, as it was read. */
		String otherKey() {
			JsonNode k = this.base.has("path") ? this.base.get("path") : this.base.get("key");
			return k == null || k.isNull() ? null : k.asText();
		}

	}

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_]\\w*");

	/** The form-js schema version Camunda Modeler 5.x writes. */
	static final int SCHEMA_VERSION = 16;

	private final Locale locale;

	private final Function<String, String> translate;

	private final List<Item> items = new ArrayList<>();

	private final Div editor = new Div();

	private final Div preview = new Div();

	private final List<Runnable> changeListeners = new ArrayList<>();

	private ObjectNode root = newRoot("application-form");

	private boolean readOnly;

	public FormBuilder(Locale locale, Function<String, String> translate) {
		this.locale = locale;
		this.translate = translate;
		addClassName("form-builder");
		setId("form-builder");
		setWidthFull();
		setAlignItems(FlexComponent.Alignment.START);

		Div left = new Div();
		left.addClassName("form-builder-editor");
		HorizontalLayout add = new HorizontalLayout();
		add.addClassName("form-builder-add");
		add.add(new Span(t("formBuilder.add")));
		for (ItemType type : ItemType.values()) {
			if (type == ItemType.OTHER) {
				continue;
			}
			Button b = new Button(t("formBuilder.type." + type.name()), VaadinIcon.PLUS.create(), e -> addItem(type));
			b.addThemeVariants(ButtonVariant.LUMO_SMALL);
			b.setId("form-builder-add-" + type.name().toLowerCase(Locale.ROOT));
			add.add(b);
		}
		add.setWrap(true);
		add.setAlignItems(FlexComponent.Alignment.BASELINE);
		this.editor.setId("form-builder-items");
		left.add(add, this.editor);

		Div right = new Div();
		right.addClassName("form-builder-preview");
		right.add(new H4(t("formBuilder.preview")));
		this.preview.setId("form-builder-preview");
		right.add(this.preview);
		add(left, right);
		refresh();
	}

	private String t(String key) {
		return this.translate.apply(key);
	}

	/** Runs an action whenever the items change. */
	public void addChangeListener(Runnable listener) {
		this.changeListeners.add(listener);
	}

	/** The items in order. */
	public List<Item> items() {
		return List.copyOf(this.items);
	}

	/** Shows the items without letting them be changed (a published version). */
	public void setReadOnly(boolean readOnly) {
		this.readOnly = readOnly;
		getChildren().findFirst()
			.ifPresent(left -> left.getChildren().findFirst().ifPresent(add -> add.setVisible(!readOnly)));
		refresh();
	}

	/**
	 * Adds an item at the end with a suggested label.
	 * @param type its kind
	 * @return the item
	 */
	public Item addItem(ItemType type) {
		if (type == ItemType.OTHER) {
			throw new IllegalArgumentException("Items of other types come from a form read back");
		}
		Item item = new Item(type, JSON.createObjectNode());
		item.created = true;
		item.key = freeKey(type.name().toLowerCase(Locale.ROOT), item);
		if (type == ItemType.SELECT) {
			item.options.add(new Option("OPTION_1", t("formBuilder.option") + " 1", "Option 1"));
		}
		this.items.add(item);
		structureChanged();
		return item;
	}

	/** Removes the item at an index. */
	public void remove(int index) {
		this.items.remove(index);
		structureChanged();
	}

	/**
	 * Moves an item one place up ({@code -1}) or down ({@code +1}).
	 * @param index the item's index
	 * @param direction -1 or +1
	 */
	public void move(int index, int direction) {
		int target = index + direction;
		if (target < 0 || target >= this.items.size()) {
			return;
		}
		this.items.add(target, this.items.remove(index));
		structureChanged();
	}

	/** Sets an item's Korean label. */
	public void setLabelKo(Item item, String label) {
		item.labelKo = label == null ? "" : label.strip();
		followLabels(item);
		changed();
	}

	/** Sets an item's English label; the key follows it until the key is edited. */
	public void setLabelEn(Item item, String label) {
		item.labelEn = label == null ? "" : label.strip();
		followLabels(item);
		changed();
	}

	/** Sets an item's key (then it no longer follows the labels). */
	public void setKey(Item item, String key) {
		item.key = key == null ? "" : key.strip();
		item.keyEdited = true;
		changed();
	}

	/** Sets whether an item must be answered. */
	public void setRequired(Item item, boolean required) {
		item.required = required;
		changed();
	}

	/** Sets an item's help text. */
	public void setDescription(Item item, String description) {
		item.description = description == null ? "" : description.strip();
		changed();
	}

	/**
	 * Adds an option to a select item.
	 * @return the option
	 */
	public Option addOption(Item item, String labelKo, String labelEn) {
		Option option = new Option("", labelKo == null ? "" : labelKo.strip(), labelEn == null ? "" : labelEn.strip());
		option.value = freeOptionValue(item, option);
		item.options.add(option);
		structureChanged();
		return option;
	}

	/** Removes an option of a select item. */
	public void removeOption(Item item, int index) {
		item.options.remove(index);
		structureChanged();
	}

	private void followLabels(Item item) {
		if (!item.keyEdited) {
			String base = camel(item.labelEn);
			item.key = freeKey(base.isEmpty() ? item.type.name().toLowerCase(Locale.ROOT) : base, item);
		}
	}

	/** A key from words: "Phone number" → {@code phoneNumber}; non-ASCII dropped. */
	static String camel(String text) {
		StringBuilder b = new StringBuilder();
		for (String word : text.replaceAll("[^A-Za-z0-9]+", " ").strip().split(" ")) {
			if (word.isEmpty()) {
				continue;
			}
			if (b.isEmpty()) {
				b.append(word.substring(0, 1).toLowerCase(Locale.ROOT)).append(word.substring(1));
			}
			else {
				b.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
			}
		}
		if (!b.isEmpty() && Character.isDigit(b.charAt(0))) {
			b.insert(0, "field");
		}
		return b.toString();
	}

	private String freeKey(String base, Item self) {
		Set<String> taken = new HashSet<>();
		for (Item i : this.items) {
			if (i != self) {
				taken.add(i.type == ItemType.OTHER ? i.otherKey() : i.key);
			}
		}
		if (!taken.contains(base) && !isTypeBase(base)) {
			return base;
		}
		for (int n = 1;; n++) {
			if (!taken.contains(base + n)) {
				return base + n;
			}
		}
	}

	/**
	 * Type names as keys get a number (text1, date1) so they read as items, not types.
	 */
	private static boolean isTypeBase(String base) {
		for (ItemType type : ItemType.values()) {
			if (type.name().toLowerCase(Locale.ROOT).equals(base)) {
				return true;
			}
		}
		return false;
	}

	private static String freeOptionValue(Item item, Option self) {
		String base = camel(self.labelEn).replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
		if (base.isEmpty()) {
			base = "OPTION";
		}
		Set<String> taken = new HashSet<>();
		item.options.stream().filter(o -> o != self).forEach(o -> taken.add(o.value));
		if (!taken.contains(base) && !"OPTION".equals(base)) {
			return base;
		}
		for (int n = 1;; n++) {
			if (!taken.contains(base + "_" + n)) {
				return base + "_" + n;
			}
		}
	}

	/**
	 * What is wrong with the items, as message keys with the item's number: labels
	 * missing, keys that are not identifiers or used twice, selects without options.
	 * @return localised messages, empty when the form can be saved
	 */
	public List<String> validate() {
		List<String> errors = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (int i = 0; i < this.items.size(); i++) {
			Item item = this.items.get(i);
			String no = String.valueOf(i + 1);
			String key = item.type == ItemType.OTHER ? item.otherKey() : item.key;
			if (key != null && !keys.add(key)) {
				errors.add(message("formBuilder.error.duplicateKey", no, key));
			}
			if (item.type == ItemType.OTHER) {
				continue;
			}
			if (item.labelKo.isBlank()) {
				errors.add(message("formBuilder.error.label", no));
			}
			if (!IDENTIFIER.matcher(item.key).matches()) {
				errors.add(message("formBuilder.error.key", no, item.key));
			}
			if (item.type == ItemType.SELECT) {
				Set<String> values = new HashSet<>();
				if (item.options.isEmpty()) {
					errors.add(message("formBuilder.error.noOptions", no));
				}
				for (Option o : item.options) {
					if (o.value.isBlank() || o.labelKo.isBlank() || !values.add(o.value)) {
						errors.add(message("formBuilder.error.option", no));
						break;
					}
				}
			}
		}
		if (errors.isEmpty()) {
			try {
				CamundaForm.parse(toJson());
			}
			catch (IllegalArgumentException ex) {
				errors.add(message("formBuilder.error.form", ex.getMessage()));
			}
		}
		return errors;
	}

	private String message(String key, Object... args) {
		String text = t(key);
		for (int i = 0; i < args.length; i++) {
			text = text.replace("{" + i + "}", String.valueOf(args[i]));
		}
		return text;
	}

	/**
	 * The items as a Camunda Forms document.
	 * @return the JSON text
	 */
	public String toJson() {
		ObjectNode out = this.root.deepCopy();
		ArrayNode components = out.putArray("components");
		for (Item item : this.items) {
			components.add(component(item));
		}
		try {
			return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(out);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static ObjectNode component(Item item) {
		ObjectNode c = item.base.deepCopy();
		if (item.type == ItemType.OTHER) {
			return c;
		}
		if (item.created && !c.hasNonNull("id")) {
			// A new item's id follows its key, so it stays unique as keys change; an item
			// read back keeps the id it had (Camunda Modeler's ids look like
			// Field_0x1abc).
			c.put("id", "Field_" + item.key);
		}
		c.put("type", item.type.formJsType());
		c.put("key", item.key);
		if (item.type == ItemType.DATE) {
			c.put("subtype", "date");
			c.put("dateLabel", item.labelKo);
			c.remove("label");
		}
		else {
			c.put("label", item.labelKo);
		}
		if (item.description.isBlank()) {
			c.remove("description");
		}
		else {
			c.put("description", item.description);
		}
		ObjectNode validate = c.has("validate") && c.get("validate").isObject() ? (ObjectNode) c.get("validate")
				: JSON.createObjectNode();
		if (item.required) {
			validate.put("required", true);
		}
		else {
			validate.remove("required");
		}
		c.remove("validate");
		if (!validate.isEmpty()) {
			c.set("validate", validate);
		}
		ObjectNode props = c.has("properties") && c.get("properties").isObject() ? (ObjectNode) c.get("properties")
				: JSON.createObjectNode();
		c.remove("properties");
		if (item.labelEn.isBlank()) {
			props.remove("label_en");
		}
		else {
			props.put("label_en", item.labelEn);
		}
		if (item.type == ItemType.SELECT) {
			ArrayNode values = c.putArray("values");
			StringBuilder en = new StringBuilder();
			boolean anyEn = false;
			for (Option o : item.options) {
				values.addObject().put("label", o.labelKo).put("value", o.value);
				if (!en.isEmpty()) {
					en.append(';');
				}
				en.append(o.value).append(':').append(o.labelEn.isBlank() ? o.labelKo : o.labelEn);
				anyEn |= !o.labelEn.isBlank();
			}
			if (anyEn) {
				props.put("values_en", en.toString());
			}
			else {
				props.remove("values_en");
			}
		}
		if (!props.isEmpty()) {
			c.set("properties", props);
		}
		return c;
	}

	/**
	 * Reads a form (e.g. of a saved version, or made in Camunda Modeler): the six kinds
	 * of item become editable, other fields are kept as they are.
	 * @param json a Camunda Forms document, or {@code null} / blank for an empty form
	 * @param formId the form's id when the document is empty
	 * @throws IllegalArgumentException when it is not a form {@link CamundaForm} accepts
	 */
	public void read(String json, String formId) {
		this.items.clear();
		if (json == null || json.isBlank()) {
			this.root = newRoot(formId);
			structureChanged();
			return;
		}
		CamundaForm.parse(json);
		JsonNode tree;
		try {
			tree = JSON.readTree(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalArgumentException(ex.getOriginalMessage());
		}
		this.root = ((ObjectNode) tree).deepCopy();
		this.root.remove("components");
		for (JsonNode c : tree.path("components")) {
			this.items.add(item((ObjectNode) c));
		}
		structureChanged();
	}

	private static Item item(ObjectNode c) {
		String type = c.path("type").asText();
		ItemType kind = switch (type) {
			case "textfield" -> ItemType.TEXT;
			case "number" -> ItemType.NUMBER;
			case "datetime" -> "date".equals(c.path("subtype").asText("date")) ? ItemType.DATE : ItemType.OTHER;
			case "select" -> c.has("valuesKey") || c.has("valuesExpression") ? ItemType.OTHER : ItemType.SELECT;
			case "checkbox" -> ItemType.CHECKBOX;
			case "filepicker" -> ItemType.FILE;
			default -> ItemType.OTHER;
		};
		Item item = new Item(kind, c.deepCopy());
		if (kind == ItemType.OTHER) {
			return item;
		}
		item.key = c.path("key").asText("");
		item.keyEdited = true;
		item.labelKo = c.path(kind == ItemType.DATE ? "dateLabel" : "label").asText("");
		item.labelEn = c.path("properties").path("label_en").asText("");
		item.description = c.path("description").asText("");
		item.required = c.path("validate").path("required").asBoolean(false);
		if (kind == ItemType.SELECT) {
			String valuesEn = c.path("properties").path("values_en").asText("");
			for (JsonNode v : c.path("values")) {
				String value = v.path("value").asText("");
				Option option = new Option(value, v.path("label").asText(""), englishOption(valuesEn, value));
				option.valueEdited = true;
				item.options.add(option);
			}
		}
		return item;
	}

	private static String englishOption(String valuesEn, String value) {
		for (String pair : valuesEn.split(";")) {
			int colon = pair.indexOf(':');
			if (colon > 0 && pair.substring(0, colon).strip().equals(value)) {
				return pair.substring(colon + 1).strip();
			}
		}
		return "";
	}

	private static ObjectNode newRoot(String formId) {
		ObjectNode root = JSON.createObjectNode();
		root.put("id", formId);
		root.put("type", "default");
		root.put("schemaVersion", SCHEMA_VERSION);
		root.put("executionPlatform", "Camunda Platform");
		root.put("executionPlatformVersion", "7.24.0");
		root.putObject("exporter").put("name", "BokjiFlow").put("version", "0.2.0");
		return root;
	}

	private void structureChanged() {
		refresh();
		fire();
	}

	private void changed() {
		renderPreview();
		fire();
	}

	private void fire() {
		this.changeListeners.forEach(Runnable::run);
	}

	private void refresh() {
		this.editor.removeAll();
		if (this.items.isEmpty()) {
			Paragraph empty = new Paragraph(t("formBuilder.empty"));
			empty.addClassName("hint");
			this.editor.add(empty);
		}
		for (int i = 0; i < this.items.size(); i++) {
			this.editor.add(card(i, this.items.get(i)));
		}
		renderPreview();
	}

	private Div card(int index, Item item) {
		Div card = new Div();
		card.addClassName("form-item");
		card.setId("form-item-" + index);
		Span badge = new Span(t("formBuilder.type." + item.type.name()));
		badge.getElement().getThemeList().add("badge contrast small");
		Span number = new Span(String.valueOf(index + 1));
		number.addClassName("form-item-number");
		HorizontalLayout head = new HorizontalLayout(number, badge);
		head.addClassName("form-item-head");
		head.setAlignItems(FlexComponent.Alignment.CENTER);
		if (!this.readOnly) {
			Button up = iconButton(VaadinIcon.ARROW_UP, "formBuilder.up", () -> move(index, -1));
			up.setEnabled(index > 0);
			up.addClassName("form-item-up");
			Button down = iconButton(VaadinIcon.ARROW_DOWN, "formBuilder.down", () -> move(index, 1));
			down.setEnabled(index < this.items.size() - 1);
			down.addClassName("form-item-down");
			Button remove = iconButton(VaadinIcon.TRASH, "formBuilder.remove", () -> remove(index));
			remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
			remove.addClassName("form-item-remove");
			Span spacer = new Span();
			head.add(spacer, up, down, remove);
			head.setFlexGrow(1, spacer);
		}
		head.setWidthFull();
		card.add(head);
		if (item.type == ItemType.OTHER) {
			String type = item.base.path("type").asText();
			Paragraph p = item.otherKey() != null ? new Paragraph(message("formBuilder.other", type, item.otherKey()))
					: new Paragraph(message("formBuilder.otherDisplay", type, excerpt(item.base)));
			p.addClassName("hint");
			card.add(p);
			return card;
		}
		TextField labelKo = field("formBuilder.labelKo", item.labelKo, "label-ko");
		labelKo.setRequired(true);
		TextField labelEn = field("formBuilder.labelEn", item.labelEn, "label-en");
		TextField key = field("formBuilder.key", item.key, "key");
		key.setHelperText(t("formBuilder.keyHelp"));
		key.setPattern("[A-Za-z_][A-Za-z0-9_]*");
		labelKo.addValueChangeListener(e -> {
			setLabelKo(item, e.getValue());
			if (!key.getValue().equals(item.key)) {
				key.setValue(item.key);
			}
		});
		labelEn.addValueChangeListener(e -> {
			setLabelEn(item, e.getValue());
			if (!key.getValue().equals(item.key)) {
				key.setValue(item.key);
			}
		});
		key.addValueChangeListener(e -> {
			if (!e.getValue().strip().equals(item.key)) {
				setKey(item, e.getValue());
			}
			validateKey(item, key);
		});
		validateKey(item, key);
		TextField help = field("formBuilder.description", item.description, "description");
		help.setWidthFull();
		help.addValueChangeListener(e -> setDescription(item, e.getValue()));
		Checkbox required = new Checkbox(t("formBuilder.required"), item.required);
		required.addClassName("form-item-required");
		required.setReadOnly(this.readOnly);
		required.addValueChangeListener(e -> setRequired(item, e.getValue()));
		HorizontalLayout labels = new HorizontalLayout(labelKo, labelEn, key);
		labels.setWrap(true);
		labels.addClassName("form-item-row");
		card.add(labels, help, required);
		if (item.type == ItemType.SELECT) {
			card.add(options(item));
		}
		return card;
	}

	/** The start of what a display-only field shows (text, label or alternative text). */
	private static String excerpt(ObjectNode c) {
		String text = c.path("text").asText(c.path("label").asText(c.path("alt").asText("")));
		return text.length() > 40 ? text.substring(0, 40) + "…" : text;
	}

	private Div options(Item item) {
		Div box = new Div();
		box.addClassName("form-item-options");
		box.add(new Span(t("formBuilder.options")));
		for (int i = 0; i < item.options.size(); i++) {
			Option o = item.options.get(i);
			int index = i;
			TextField ko = field("formBuilder.optionKo", o.labelKo, "option-ko");
			ko.addValueChangeListener(e -> {
				o.labelKo = e.getValue().strip();
				changed();
			});
			TextField en = field("formBuilder.optionEn", o.labelEn, "option-en");
			TextField value = field("formBuilder.optionValue", o.value, "option-value");
			en.addValueChangeListener(e -> {
				o.labelEn = e.getValue().strip();
				if (!o.valueEdited) {
					o.value = freeOptionValue(item, o);
					value.setValue(o.value);
				}
				changed();
			});
			value.addValueChangeListener(e -> {
				if (!e.getValue().strip().equals(o.value)) {
					o.value = e.getValue().strip();
					o.valueEdited = true;
					changed();
				}
			});
			HorizontalLayout row = new HorizontalLayout(ko, en, value);
			row.addClassName("form-item-option");
			row.setAlignItems(FlexComponent.Alignment.BASELINE);
			if (!this.readOnly) {
				Button remove = iconButton(VaadinIcon.CLOSE_SMALL, "formBuilder.removeOption",
						() -> removeOption(item, index));
				remove.addClassName("form-option-remove");
				row.add(remove);
			}
			box.add(row);
		}
		if (!this.readOnly) {
			Button add = new Button(t("formBuilder.addOption"), VaadinIcon.PLUS.create(), e -> addOption(item,
					t("formBuilder.option") + " " + (item.options.size() + 1), "Option " + (item.options.size() + 1)));
			add.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			add.addClassName("form-option-add");
			box.add(add);
		}
		return box;
	}

	private void validateKey(Item item, TextField key) {
		boolean duplicate = this.items.stream()
			.filter(i -> i != item)
			.anyMatch(i -> item.key.equals(i.type == ItemType.OTHER ? i.otherKey() : i.key));
		boolean identifier = IDENTIFIER.matcher(item.key).matches();
		key.setInvalid(duplicate || !identifier);
		key.setErrorMessage(
				duplicate ? t("formBuilder.keyDuplicate") : identifier ? null : t("formBuilder.keyInvalid"));
	}

	private TextField field(String labelKey, String value, String className) {
		TextField f = new TextField(t(labelKey));
		f.setValue(value == null ? "" : value);
		f.addClassName("form-item-" + className);
		f.setValueChangeMode(ValueChangeMode.ON_CHANGE);
		f.setReadOnly(this.readOnly);
		return f;
	}

	private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
		Button b = new Button(icon.create(), e -> action.run());
		b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_SMALL);
		b.setAriaLabel(t(labelKey));
		b.setTooltipText(t(labelKey));
		return b;
	}

	private void renderPreview() {
		this.preview.removeAll();
		if (this.items.isEmpty()) {
			Paragraph empty = new Paragraph(t("formBuilder.previewEmpty"));
			empty.addClassName("hint");
			this.preview.add(empty);
			return;
		}
		try {
			CamundaForm form = CamundaForm.parse(toJson());
			this.preview.add(new CamundaFormRenderer(form, this.locale, this.translate));
		}
		catch (IllegalArgumentException ex) {
			Paragraph p = new Paragraph(t("formBuilder.previewInvalid"));
			p.addClassName("hint");
			p.setId("form-builder-preview-invalid");
			this.preview.add(p);
		}
	}

	/** Keys used by the items, in order (for tests and the summary). */
	Set<String> keys() {
		Set<String> keys = new LinkedHashSet<>();
		this.items.forEach(i -> keys.add(i.type == ItemType.OTHER ? i.otherKey() : i.key));
		return keys;
	}

}
