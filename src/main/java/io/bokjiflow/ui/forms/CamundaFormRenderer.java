package io.bokjiflow.ui.forms;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Hr;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.casework.CamundaForm;

/**
 * Renders a Camunda Form (form-js JSON) with native Vaadin components, so forms look and
 * behave like the rest of the UI, speak the user's language and are validated again on
 * the server by {@link CamundaForm#validate(Map)}. Conditions ({@code conditional.hide})
 * are re-evaluated on every change.
 */
public class CamundaFormRenderer extends VerticalLayout {

	private final CamundaForm form;

	private final Map<String, HasValue<?, ?>> inputs = new LinkedHashMap<>();

	private final Map<CamundaForm.Field, Component> components = new LinkedHashMap<>();

	private final Function<String, String> translate;

	public CamundaFormRenderer(CamundaForm form, Locale locale, Function<String, String> translate) {
		this.form = form;
		this.translate = translate;
		addClassName("camunda-form");
		setPadding(false);
		for (CamundaForm.Field field : form.fields()) {
			Component c = component(field, locale);
			if (c == null) {
				continue;
			}
			this.components.put(field, c);
			add(c);
			if (field.input()) {
				HasValue<?, ?> value = (HasValue<?, ?>) c;
				this.inputs.put(field.key(), value);
				value.addValueChangeListener(e -> updateVisibility());
			}
		}
		updateVisibility();
	}

	private Component component(CamundaForm.Field f, Locale locale) {
		String label = f.label(locale);
		Component c = switch (f.type()) {
			case "text" -> {
				Paragraph p = new Paragraph(label);
				p.addClassName("form-text");
				yield p;
			}
			case "separator" -> new Hr();
			case "spacer" -> null;
			case "textfield" -> {
				TextField t = new TextField(label);
				if (f.maxLength() != null) {
					t.setMaxLength(f.maxLength());
				}
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
				Select<String> s = new Select<>();
				s.setLabel(label);
				s.setItems(values(f));
				s.setItemLabelGenerator(v -> optionLabel(f, v, locale));
				yield s;
			}
			case "radio" -> {
				RadioButtonGroup<String> r = new RadioButtonGroup<>(label);
				r.setItems(values(f));
				r.setItemLabelGenerator(v -> optionLabel(f, v, locale));
				yield r;
			}
			case "checkbox" -> new Checkbox(label);
			case "checklist" -> {
				CheckboxGroup<String> g = new CheckboxGroup<>(label);
				g.setItems(values(f));
				g.setItemLabelGenerator(v -> optionLabel(f, v, locale));
				yield g;
			}
			case "datetime" -> new DatePicker(label);
			default -> throw new IllegalStateException("Unsupported field " + f.type());
		};
		if (c != null && f.input()) {
			c.setId("form-field-" + f.key());
			if (c instanceof HasValue<?, ?> hv) {
				hv.setRequiredIndicatorVisible(f.required());
			}
			if (f.description() != null && c instanceof com.vaadin.flow.component.HasHelper h) {
				h.setHelperText(f.description());
			}
		}
		return c;
	}

	private static List<String> values(CamundaForm.Field f) {
		return f.options().stream().map(CamundaForm.Option::value).toList();
	}

	private static String optionLabel(CamundaForm.Field f, String value, Locale locale) {
		return f.options()
			.stream()
			.filter(o -> o.value().equals(value))
			.findFirst()
			.map(o -> o.label(locale))
			.orElse(value);
	}

	/** The current values by key, as the server-side validation expects them. */
	public Map<String, Object> values() {
		Map<String, Object> values = new HashMap<>();
		this.inputs.forEach((key, input) -> {
			Object v = input.getValue();
			if (v instanceof BigDecimal n) {
				v = n.toPlainString();
			}
			else if (v instanceof LocalDate d) {
				v = d.toString();
			}
			else if (v instanceof java.util.Set<?> set) {
				v = List.copyOf(set);
			}
			if (v != null) {
				values.put(key, v);
			}
		});
		return values;
	}

	/**
	 * Marks fields invalid with their localised messages and clears the others.
	 * @param errors message keys by field key
	 */
	public void showErrors(Map<String, String> errors) {
		this.inputs.forEach((key, input) -> {
			if (input instanceof HasValidation v) {
				String error = errors.get(key);
				v.setErrorMessage(error == null ? null : this.translate.apply(error));
				v.setInvalid(error != null);
			}
		});
	}

	private void updateVisibility() {
		Map<String, Object> current = values();
		this.components.forEach((field, component) -> component.setVisible(!field.hidden(current)));
	}

	/** The form shown. */
	public CamundaForm form() {
		return this.form;
	}

}
