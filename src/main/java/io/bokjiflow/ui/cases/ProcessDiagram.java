package io.bokjiflow.ui.cases;

import java.util.Collection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * A read-only BPMN diagram drawn in the browser by bpmn-js (its NavigatedViewer: pan and
 * zoom, no editing), with the activities where a case stands marked active and those it
 * passed marked completed. The diagram is the process definition version the case runs
 * on, not the latest one.
 */
@Tag("bokjiflow-process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./bpmn/bokjiflow-process-diagram.js")
public class ProcessDiagram extends Component implements HasSize, HasStyle {

	/**
	 * An empty diagram; set its XML and marks.
	 * @param label what the diagram shows, for screen readers
	 */
	public ProcessDiagram(String label) {
		getElement().setAttribute("role", "img");
		getElement().setAttribute("aria-label", label);
		getElement().setAttribute("tabindex", "0");
		addClassName("process-diagram");
	}

	/**
	 * Shows a process model.
	 * @param bpmnXml the BPMN 2.0 XML with its diagram interchange
	 */
	public void setXml(String bpmnXml) {
		getElement().setProperty("xml", bpmnXml == null ? "" : bpmnXml);
	}

	/** The BPMN XML shown. */
	public String getXml() {
		return getElement().getProperty("xml", "");
	}

	/**
	 * Marks where the case stands.
	 * @param elementIds ids of BPMN elements
	 */
	public void setActive(Collection<String> elementIds) {
		getElement().setProperty("active", String.join(",", elementIds));
	}

	/** The ids marked active, comma-separated. */
	public String getActive() {
		return getElement().getProperty("active", "");
	}

	/**
	 * Marks what the case passed.
	 * @param elementIds ids of BPMN elements
	 */
	public void setCompleted(Collection<String> elementIds) {
		getElement().setProperty("completed", String.join(",", elementIds));
	}

	/** The ids marked completed, comma-separated. */
	public String getCompleted() {
		return getElement().getProperty("completed", "");
	}

}
