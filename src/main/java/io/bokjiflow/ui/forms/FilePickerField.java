package io.bokjiflow.ui.forms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import io.bokjiflow.shared.UserFacingException;

/**
 * A form-js file picker: each file is kept as an attachment of the case at once (checked
 * by its content), and the field's value is the list of the attachments' ids.
 */
public class FilePickerField extends CustomField<List<String>> {

	/**
	 * A file kept for the field.
	 *
	 * @param id the attachment id
	 * @param filename its name
	 */
	public record StoredFile(String id, String filename) {
	}

	private final Map<String, String> names = new LinkedHashMap<>();

	private final Div list = new Div();

	private final Function<String, String> translate;

	private final boolean many;

	private Upload upload;

	FilePickerField(String label, boolean many, CamundaFormRenderer.FileReceiver receiver,
			Function<String, String> translate) {
		this.translate = translate;
		this.many = many;
		setLabel(label);
		addClassName("form-file-picker");
		this.list.addClassName("form-file-list");
		add(this.list);
		if (receiver == null) {
			add(new Paragraph(translate.apply("form.file.unavailable")));
			return;
		}
		this.upload = LimitedUpload.create(receiver, this::stored, this::refused);
		this.upload.setMaxFiles(many ? 10 : 1);
		this.upload.getElement().setAttribute("aria-label", label == null ? "" : label);
		add(this.upload);
		setHelperText(translate.apply("attachment.limits"));
	}

	/** The upload, for tests. */
	Upload upload() {
		return this.upload;
	}

	private void stored(StoredFile file) {
		if (!this.many) {
			this.names.clear();
		}
		this.names.put(file.id(), file.filename());
		setInvalid(false);
		refresh();
		updateValue();
	}

	private void refused(UserFacingException ex) {
		setErrorMessage(java.text.MessageFormat.format(this.translate.apply(ex.messageKey()), ex.args()));
		setInvalid(true);
	}

	private void refresh() {
		this.list.removeAll();
		this.names.forEach((id, name) -> {
			Button remove = new Button(this.translate.apply("form.list.remove"), e -> {
				this.names.remove(id);
				refresh();
				updateValue();
			});
			remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			remove.getElement().setAttribute("aria-label", this.translate.apply("form.list.remove") + " " + name);
			this.list.add(new Div(new Span(name), remove));
		});
	}

	@Override
	protected List<String> generateModelValue() {
		return List.copyOf(this.names.keySet());
	}

	@Override
	protected void setPresentationValue(List<String> ids) {
		Map<String, String> known = new LinkedHashMap<>(this.names);
		this.names.clear();
		for (String id : ids == null ? new ArrayList<String>() : ids) {
			this.names.put(id, known.getOrDefault(id, this.translate.apply("form.file.kept")));
		}
		refresh();
	}

	@Override
	public List<String> getEmptyValue() {
		return List.of();
	}

}
