package io.bokjiflow.ui.designer;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The Camunda Forms editor: form-js's FormEditor in
 * {@code src/main/frontend/designer/bokjiflow-form-editor.js}.
 */
@Tag("bokjiflow-form-editor")
@NpmPackage(value = "@bpmn-io/form-js", version = "1.23.0")
@JsModule("./designer/bokjiflow-form-editor.js")
public class FormEditor extends ModelEditor {

	/** An empty editor. */
	public FormEditor() {
		super("schema");
	}

}
