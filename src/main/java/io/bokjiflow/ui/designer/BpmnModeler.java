package io.bokjiflow.ui.designer;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The BPMN editor: bpmn-js's Modeler with the Camunda 7 moddle extension (camunda:
 * attributes survive), the properties panel with the Camunda Platform provider, Camunda's
 * modelling behaviours and bpmnlint in the browser
 * ({@code src/main/frontend/designer/bokjiflow-bpmn-modeler.js}).
 */
@Tag("bokjiflow-bpmn-modeler")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@NpmPackage(value = "camunda-bpmn-moddle", version = "8.0.1")
@NpmPackage(value = "bpmn-js-properties-panel", version = "6.0.1")
@NpmPackage(value = "@bpmn-io/properties-panel", version = "3.55.0")
@NpmPackage(value = "camunda-bpmn-js-behaviors", version = "1.18.0")
@NpmPackage(value = "bpmnlint", version = "11.15.0")
@JsModule("./designer/bokjiflow-bpmn-modeler.js")
public class BpmnModeler extends ModelEditor {

	/** An empty editor. */
	public BpmnModeler() {
		super("xml");
	}

	/**
	 * The texts of BokjiFlow's browser lint rules, by message key (JSON).
	 * @param json an object of key → text
	 */
	public void setLintMessages(String json) {
		getElement().setAttribute("messages", json);
	}

}
