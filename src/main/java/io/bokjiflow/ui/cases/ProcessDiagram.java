package io.bokjiflow.ui.cases;

import java.util.Collection;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

/**
 * A read-only BPMN diagram drawn in the browser by bpmn-js (its NavigatedViewer: pan and
 * zoom, no editing), with the activities where a case stands marked active and those it
 * passed marked completed. The diagram is the process definition version the case runs
 * on, not the latest one. The process view adds counts per element (running instances,
 * incidents, how often taken) as overlays and, optionally, a heatmap.
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

	/**
	 * Counts of one BPMN element, drawn as overlays and as heat.
	 *
	 * @param id the element id
	 * @param running instances open there now
	 * @param incidents open incidents there
	 * @param taken how often it was entered (history)
	 */
	public record ElementCount(String id, long running, long incidents, long taken) {
	}

	/**
	 * Shows counts per element.
	 * @param counts the counts (elements without one show nothing)
	 */
	public void setCounts(Collection<ElementCount> counts) {
		StringBuilder json = new StringBuilder("{");
		for (ElementCount c : counts) {
			if (json.length() > 1) {
				json.append(',');
			}
			json.append('"')
				.append(c.id().replace("\\", "\\\\").replace("\"", "\\\""))
				.append("\":{\"running\":")
				.append(c.running())
				.append(",\"incidents\":")
				.append(c.incidents())
				.append(",\"taken\":")
				.append(c.taken())
				.append('}');
		}
		getElement().setProperty("counts", json.append('}').toString());
	}

	/** The counts shown, as JSON. */
	public String getCounts() {
		return getElement().getProperty("counts", "");
	}

	/**
	 * Colours elements and flows by how often they were taken.
	 * @param on whether to show the heatmap
	 */
	public void setHeatmap(boolean on) {
		getElement().setAttribute("heatmap", on);
	}

	/** Whether the heatmap is shown. */
	public boolean isHeatmap() {
		return getElement().hasAttribute("heatmap");
	}

	/**
	 * Listens for clicks on diagram elements.
	 * @param listener told the clicked element's id
	 * @return to remove the listener
	 */
	public Registration addElementClickListener(ComponentEventListener<ElementClickEvent> listener) {
		return addListener(ElementClickEvent.class, listener);
	}

	/** A click on a diagram element. */
	@DomEvent("element-click")
	public static class ElementClickEvent extends ComponentEvent<ProcessDiagram> {

		private final String elementId;

		public ElementClickEvent(ProcessDiagram source, boolean fromClient,
				@EventData("event.detail.id") String elementId) {
			super(source, fromClient);
			this.elementId = elementId;
		}

		/** The clicked element's id. */
		public String elementId() {
			return this.elementId;
		}

	}

}
