package io.bokjiflow.ui.designer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.shared.Registration;

/**
 * A model editor running in the browser (bpmn-js, dmn-js or form-js in a custom element):
 * the server sets the content as a property; every edit comes back, debounced, in an
 * {@code xml-changed} event, so the server always holds what the user sees.
 */
public abstract class ModelEditor extends Component implements HasSize {

	private final String property;

	private String content = "";

	private String lint = "[]";

	private final List<Consumer<String>> listeners = new ArrayList<>();

	protected ModelEditor(String property) {
		this.property = property;
		getElement().addEventListener("xml-changed", event -> {
			String value = event.getEventData().getString("event.detail.xml");
			String report = event.getEventData().hasKey("event.detail.lint")
					? event.getEventData().getString("event.detail.lint") : "[]";
			clientChanged(value, report);
		}).addEventData("event.detail.xml").addEventData("event.detail.lint");
	}

	/**
	 * What the browser reports after an edit; also what a test calls to stand in for the
	 * browser.
	 * @param value the exported XML or form JSON
	 * @param lintJson the browser lint findings (JSON array), {@code []} if none
	 */
	void clientChanged(String value, String lintJson) {
		this.content = value == null ? "" : value;
		this.lint = lintJson == null ? "[]" : lintJson;
		// Keep the server-side property equal to the client's, so that a later reset to
		// the deployed text is sent again.
		getElement().setProperty(this.property, this.content);
		this.listeners.forEach(listener -> listener.accept(this.content));
	}

	/**
	 * Opens a model in the editor.
	 * @param value XML or form JSON
	 */
	public void setContent(String value) {
		this.content = value == null ? "" : value;
		this.lint = "[]";
		getElement().setProperty(this.property, this.content);
	}

	/** The content as last edited in the browser (or as set). */
	public String getContent() {
		return this.content;
	}

	/** The browser's lint findings of the last edit, as JSON. */
	public String getLint() {
		return this.lint;
	}

	/**
	 * Listens to edits made in the browser.
	 * @param listener receives the new content
	 * @return to remove the listener
	 */
	public Registration addContentChangeListener(Consumer<String> listener) {
		this.listeners.add(listener);
		return () -> this.listeners.remove(listener);
	}

}
