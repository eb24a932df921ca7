package io.bokjiflow.ui.forms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import io.bokjiflow.casework.CamundaForm;

/**
 * A form-js dynamic list: a group of fields repeated as often as the user needs, its
 * value a list of maps (items with no value at all are left out).
 */
class DynamicListField extends CustomField<List<Map<String, Object>>> {

	private final CamundaForm.Field field;

	private final Locale locale;

	private final Function<String, String> translate;

	private final Supplier<Map<String, Object>> outer;

	private final VerticalLayout itemsBox = new VerticalLayout();

	private final List<CamundaFormRenderer> items = new ArrayList<>();

	private final Button add;

	/** Numbers items for unique field ids, never reused after a removal. */
	private int counter;

	DynamicListField(CamundaForm.Field field, String label, Locale locale, Function<String, String> translate,
			Supplier<Map<String, Object>> outer) {
		this.field = field;
		this.locale = locale;
		this.translate = translate;
		this.outer = outer;
		setLabel(label);
		addClassName("form-dynamic-list");
		this.itemsBox.setPadding(false);
		this.add = new Button(translate.apply("form.list.add"), e -> {
			addItem(Map.of());
			updateValue();
		});
		this.add.addThemeVariants(ButtonVariant.LUMO_SMALL);
		this.add.setId("form-list-add-" + field.key());
		add(this.itemsBox, this.add);
		addItem(Map.of());
	}

	private void addItem(Map<String, Object> values) {
		int index = this.items.size();
		CamundaFormRenderer item = new CamundaFormRenderer(
				new CamundaForm(this.field.key() + "[" + index + "]", this.field.components()), this.locale,
				this.translate, null, this.outer, this.field.key() + "-" + this.counter++ + "-");
		item.setValues(values);
		item.addChangeListener(this::updateValue);
		this.items.add(item);
		Button remove = new Button(this.translate.apply("form.list.remove"));
		remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		remove.getElement()
			.setAttribute("aria-label", this.translate.apply("form.list.remove") + " " + (index + 1) + " — "
					+ (getLabel() == null ? "" : getLabel()));
		Div box = new Div(item, remove);
		box.addClassName("form-dynamic-list-item");
		remove.addClickListener(e -> {
			this.items.remove(item);
			this.itemsBox.remove(box);
			updateValue();
		});
		this.itemsBox.add(box);
	}

	/** The item renderers, in order (for tests). */
	List<CamundaFormRenderer> items() {
		return List.copyOf(this.items);
	}

	@Override
	protected List<Map<String, Object>> generateModelValue() {
		List<Map<String, Object>> values = new ArrayList<>();
		for (CamundaFormRenderer item : this.items) {
			Map<String, Object> v = item.values();
			if (!v.isEmpty()) {
				values.add(v);
			}
		}
		return values;
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void setPresentationValue(List<Map<String, Object>> value) {
		this.items.clear();
		this.itemsBox.removeAll();
		if (value == null || value.isEmpty()) {
			addItem(Map.of());
			return;
		}
		for (Object item : value) {
			Map<String, Object> values = new HashMap<>();
			if (item instanceof Map<?, ?> m) {
				m.forEach((k, v) -> values.put(String.valueOf(k), v));
			}
			addItem(values);
		}
	}

	@Override
	public List<Map<String, Object>> getEmptyValue() {
		return List.of();
	}

	void showErrors(Map<String, String> errors) {
		boolean any = false;
		for (int i = 0; i < this.items.size(); i++) {
			String prefix = this.field.key() + "[" + i + "].";
			Map<String, String> own = new HashMap<>();
			errors.forEach((k, v) -> {
				if (k.startsWith(prefix)) {
					own.put(k.substring(prefix.length()), v);
				}
			});
			any |= !own.isEmpty();
			this.items.get(i).showErrors(own);
		}
		String direct = errors.get(this.field.key());
		setErrorMessage(direct != null ? this.translate.apply(direct)
				: any ? this.translate.apply("form.error.invalid") : null);
		setInvalid(direct != null || any);
	}

}
