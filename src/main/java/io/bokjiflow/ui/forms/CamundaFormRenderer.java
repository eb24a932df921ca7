package io.bokjiflow.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.FieldSet;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import io.bokjiflow.casework.CamundaForm;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/**
 * Renders a Camunda Form (form-js JSON) with native Vaadin components, so forms look and
 * behave like the rest of the UI, speak the user's language and are validated again on
 * the server by {@link CamundaForm#validate(Map)}. Conditions ({@code conditional.hide},
 * {@code readonly}) are evaluated with the FEEL engine on every change. Buttons of the
 * form are not shown (the view has its own); an iframe is shown as a link that opens in a
 * new tab; HTML is sanitised to basic markup; a file picker uploads case attachments
 * through the {@link FileReceiver} given (without one it is disabled).
 */
public class CamundaFormRenderer extends VerticalLayout {

	private static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

	/** Keeps an uploaded file as an attachment of the case. */
	public interface FileReceiver extends LimitedUpload.Receiver<FilePickerField.StoredFile> {

	}

	private final CamundaForm form;

	private final Locale locale;

	private final Function<String, String> translate;

	private final FileReceiver files;

	private final Supplier<Map<String, Object>> outer;

	private final String idPrefix;

	private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();

	private final Map<String, CamundaForm.Field> inputFields = new LinkedHashMap<>();

	private final Map<CamundaForm.Field, Component> components = new LinkedHashMap<>();

	private final Map<CamundaForm.Field, Grid<Map<String, Object>>> tables = new LinkedHashMap<>();

	private final List<Runnable> changeListeners = new ArrayList<>();

	private boolean restoring;

	public CamundaFormRenderer(CamundaForm form, Locale locale, Function<String, String> translate) {
		this(form, locale, translate, null);
	}

	public CamundaFormRenderer(CamundaForm form, Locale locale, Function<String, String> translate,
			FileReceiver files) {
		this(form, locale, translate, files, Map::of, "");
	}

	/**
	 * A renderer of some fields within another form (one item of a dynamic list).
	 * @param outer the values of the enclosing form, which conditions may read
	 * @param idPrefix what makes the fields' ids unique in the page
	 */
	CamundaFormRenderer(CamundaForm form, Locale locale, Function<String, String> translate, FileReceiver files,
			Supplier<Map<String, Object>> outer, String idPrefix) {
		this.form = form;
		this.locale = locale;
		this.translate = translate;
		this.files = files;
		this.outer = outer;
		this.idPrefix = idPrefix;
		addClassName("camunda-form");
		setPadding(false);
		addAll(form.fields(), this::add);
		updateState();
	}

	private void addAll(List<CamundaForm.Field> fields, java.util.function.Consumer<Component> into) {
		for (CamundaForm.Field field : fields) {
			Component c = component(field);
			if (c == null) {
				continue;
			}
			this.components.put(field, c);
			into.accept(c);
			if (field.input()) {
				HasValue<?, ?> value = (HasValue<?, ?>) c;
				this.inputs.put(field.key(), value);
				this.inputFields.put(field.key(), field);
				value.addValueChangeListener(e -> changed());
			}
		}
	}

	private void changed() {
		if (this.restoring) {
			return;
		}
		updateState();
		this.changeListeners.forEach(Runnable::run);
	}

	/**
	 * Runs an action whenever the user changes a value.
	 * @param listener the action
	 */
	public void addChangeListener(Runnable listener) {
		this.changeListeners.add(listener);
	}

	private Component component(CamundaForm.Field f) {
		String label = f.label(this.locale);
		Component c = switch (f.type()) {
			case "text" -> text(label);
			case "html" -> {
				String safe = Jsoup.clean(f.content() == null ? "" : f.content(), Safelist.basic());
				yield new Html("<div class=\"form-html\">" + safe + "</div>");
			}
			case "image" -> {
				if (f.content() == null) {
					yield null;
				}
				Image image = new Image(f.content(), label == null ? "" : label);
				image.setMaxWidth("100%");
				yield image;
			}
			case "iframe" -> {
				Anchor link = new Anchor(f.content(), label == null ? f.content() : label, AnchorTarget.BLANK);
				link.getElement().setAttribute("rel", "noopener noreferrer");
				link.addClassName("form-iframe-link");
				yield link;
			}
			case "separator" -> new Hr();
			case "spacer" -> {
				Div spacer = new Div();
				spacer.setHeight((f.content() == null ? "16" : f.content()) + "px");
				spacer.getElement().setAttribute("aria-hidden", "true");
				yield spacer;
			}
			case "button", "expression" -> null;
			case "group" -> {
				FieldSet group = new FieldSet(label);
				group.addClassName("form-group");
				addAll(f.components(), group::add);
				yield group;
			}
			case "table" -> {
				Div box = new Div();
				if (label != null) {
					box.add(new H4(label));
				}
				Grid<Map<String, Object>> grid = new Grid<>();
				for (CamundaForm.Option column : f.options()) {
					grid.addColumn(row -> String.valueOf(row.getOrDefault(column.value(), "")))
						.setHeader(column.label(this.locale));
				}
				grid.setAllRowsVisible(true);
				grid.getElement().setAttribute("aria-label", label == null ? "table" : label);
				this.tables.put(f, grid);
				box.add(grid);
				yield box;
			}
			case "textfield" -> {
				TextField t = new TextField(label);
				if (f.maxLength() != null) {
					t.setMaxLength(f.maxLength());
				}
				// Wide enough for a program's name with its code (read-only facts of a
				// review), not wider than a line of the form.
				t.setWidthFull();
				t.setMaxWidth("40em");
				yield t;
			}
			case "textarea" -> {
				TextArea t = new TextArea(label);
				if (f.maxLength() != null) {
					t.setMaxLength(f.maxLength());
				}
				t.setWidthFull();
				yield t;
			}
			case "number" -> new BigDecimalField(label);
			case "select" -> {
				if (f.searchable()) {
					ComboBox<String> s = new ComboBox<>(label);
					s.setItems(values(f));
					s.setItemLabelGenerator(v -> optionLabel(f, v));
					yield s;
				}
				Select<String> s = new Select<>();
				s.setLabel(label);
				s.setItems(values(f));
				s.setEmptySelectionAllowed(!f.required());
				s.setItemLabelGenerator(v -> v == null ? "" : optionLabel(f, v));
				yield s;
			}
			case "radio" -> {
				RadioButtonGroup<String> r = new RadioButtonGroup<>(label);
				r.setItems(values(f));
				r.setItemLabelGenerator(v -> optionLabel(f, v));
				yield r;
			}
			case "checkbox" -> new Checkbox(label);
			case "checklist" -> {
				CheckboxGroup<String> g = new CheckboxGroup<>(label);
				g.setItems(values(f));
				g.setItemLabelGenerator(v -> optionLabel(f, v));
				yield g;
			}
			case "taglist" -> {
				MultiSelectComboBox<String> g = new MultiSelectComboBox<>(label);
				g.setItems(values(f));
				g.setItemLabelGenerator(v -> optionLabel(f, v));
				yield g;
			}
			case "datetime" -> switch (f.subtype()) {
				case "time" -> new TimePicker(label);
				case "datetime" -> {
					DateTimePicker p = new DateTimePicker(label);
					p.setDatePlaceholder(label);
					yield p;
				}
				default -> new DatePicker(label);
			};
			case "dynamiclist" -> new DynamicListField(f, label, this.locale, this.translate, this::values);
			case "filepicker" -> new FilePickerField(label, f.allowMany(), this.files, this.translate);
			default -> throw new IllegalStateException("Unsupported field " + f.type());
		};
		if (c != null && f.input()) {
			c.setId("form-field-" + this.idPrefix + f.key());
			if (c instanceof HasValue<?, ?> hv) {
				hv.setRequiredIndicatorVisible(f.required());
			}
			if (f.description() != null && c instanceof com.vaadin.flow.component.HasHelper h) {
				h.setHelperText(f.description());
			}
			if (f.disabled() && c instanceof HasEnabled e) {
				e.setEnabled(false);
			}
		}
		return c;
	}

	/**
	 * A text field's content: paragraphs, {@code #} headings and {@code -} lists of its
	 * markdown, shown as plain text (no markup from the form reaches the page).
	 */
	private static Component text(String markdown) {
		Div text = new Div();
		text.addClassName("form-text");
		if (markdown == null) {
			return text;
		}
		UnorderedList list = null;
		for (String line : markdown.split("\\R")) {
			String plain = line.strip().replaceAll("\\*\\*|__|`", "");
			if (plain.isEmpty()) {
				list = null;
				continue;
			}
			if (plain.matches("[-*] .*")) {
				if (list == null) {
					list = new UnorderedList();
					text.add(list);
				}
				list.add(new ListItem(plain.substring(2)));
				continue;
			}
			list = null;
			text.add(plain.startsWith("#") ? new H4(plain.replaceFirst("^#+\\s*", "")) : new Paragraph(plain));
		}
		return text;
	}

	private static List<String> values(CamundaForm.Field f) {
		return f.options().stream().map(CamundaForm.Option::value).toList();
	}

	private String optionLabel(CamundaForm.Field f, String value) {
		return f.options()
			.stream()
			.filter(o -> o.value().equals(value))
			.findFirst()
			.map(o -> o.label(this.locale))
			.orElse(value);
	}

	/**
	 * The current values by key, as the server-side validation and drafts expect them:
	 * text, numbers as text, dates and times as ISO text, lists for multiple choices and
	 * file pickers, lists of maps for dynamic lists.
	 */
	public Map<String, Object> values() {
		Map<String, Object> values = new HashMap<>();
		this.inputs.forEach((key, input) -> {
			Object v = input.getValue();
			if (v instanceof BigDecimal n) {
				v = n.toPlainString();
			}
			else if (v instanceof LocalDate || v instanceof LocalTime || v instanceof LocalDateTime) {
				v = v.toString();
			}
			else if (v instanceof Set<?> set) {
				v = List.copyOf(set);
			}
			if (v != null && !"".equals(v)) {
				values.put(key, v);
			}
		});
		return values;
	}

	/**
	 * Shows values, e.g. of a draft; values that do not fit their field are left out.
	 * @param values values by key, in the shape {@link #values()} gives
	 */
	public void setValues(Map<String, Object> values) {
		this.restoring = true;
		try {
			values.forEach((key, value) -> {
				HasValue<?, ?> input = this.inputs.get(key);
				CamundaForm.Field field = this.inputFields.get(key);
				if (input != null && value != null) {
					try {
						set(input, field, value);
					}
					catch (RuntimeException ex) {
						// A value that no longer fits (e.g. an option removed): left out.
					}
				}
			});
		}
		finally {
			this.restoring = false;
		}
		updateState();
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private void set(HasValue input, CamundaForm.Field field, Object value) {
		String text = String.valueOf(value);
		boolean zoned = text.matches(".*([+-]\\d\\d:\\d\\d|Z)$");
		Object v;
		if (input instanceof BigDecimalField) {
			v = new BigDecimal(text);
		}
		else if (input instanceof DatePicker) {
			v = LocalDate.parse(text);
		}
		else if (input instanceof TimePicker) {
			v = zoned ? OffsetTime.parse(text)
				.withOffsetSameInstant(ZONE.getRules().getOffset(java.time.Instant.now()))
				.toLocalTime() : LocalTime.parse(text);
		}
		else if (input instanceof DateTimePicker) {
			v = zoned ? OffsetDateTime.parse(text).atZoneSameInstant(ZONE).toLocalDateTime()
					: LocalDateTime.parse(text);
		}
		else if (input instanceof Checkbox) {
			v = Boolean.TRUE.equals(value);
		}
		else if (input instanceof CheckboxGroup || input instanceof MultiSelectComboBox) {
			v = options(field, value);
		}
		else if (input instanceof DynamicListField) {
			v = value;
		}
		else if (input instanceof FilePickerField) {
			v = value instanceof Collection<?> c ? c.stream().map(String::valueOf).toList() : List.of();
		}
		else if (input instanceof Select || input instanceof ComboBox || input instanceof RadioButtonGroup) {
			v = values(field).contains(text) ? text : null;
		}
		else {
			v = text;
		}
		if (v != null) {
			input.setValue(v);
		}
	}

	private static Set<String> options(CamundaForm.Field field, Object value) {
		Set<String> set = new LinkedHashSet<>();
		if (value instanceof Collection<?> c) {
			c.stream().map(String::valueOf).filter(values(field)::contains).forEach(set::add);
		}
		return set;
	}

	/**
	 * Marks fields invalid with their localised messages and clears the others.
	 * @param errors message keys by field key (inside a dynamic list
	 * {@code path[index].key})
	 */
	public void showErrors(Map<String, String> errors) {
		this.inputs.forEach((key, input) -> {
			if (input instanceof DynamicListField list) {
				list.showErrors(errors);
			}
			else if (input instanceof HasValidation v) {
				String error = errors.get(key);
				v.setErrorMessage(error == null ? null : this.translate.apply(error));
				v.setInvalid(error != null);
			}
		});
	}

	/** Visibility, read-only state and tables, for the current values. */
	private void updateState() {
		Map<String, Object> current = new HashMap<>(this.outer.get());
		current.putAll(values());
		this.components.forEach((field, component) -> {
			component.setVisible(!field.hidden(current));
			if (field.input() && field.readonly() != null && component instanceof HasValue<?, ?> hv) {
				hv.setReadOnly(field.readonly(current));
			}
		});
		this.tables.forEach((field, grid) -> grid.setItems(rows(field, current)));
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> rows(CamundaForm.Field table, Map<String, Object> values) {
		if (table.content() == null) {
			return List.of();
		}
		Object data = CamundaForm.evaluateExpression(table.content(), values);
		if (!(data instanceof Collection<?> c)) {
			return List.of();
		}
		return c.stream().filter(Map.class::isInstance).map(m -> (Map<String, Object>) m).toList();
	}

	/** The form shown. */
	public CamundaForm form() {
		return this.form;
	}

}
