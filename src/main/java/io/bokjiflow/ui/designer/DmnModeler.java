package io.bokjiflow.ui.designer;

import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;

/**
 * The DMN editor: dmn-js's Modeler (decision requirements diagram, decision tables,
 * literal expressions) in {@code src/main/frontend/designer/bokjiflow-dmn-modeler.js}.
 */
@Tag("bokjiflow-dmn-modeler")
@NpmPackage(value = "dmn-js", version = "17.10.2")
@JsModule("./designer/bokjiflow-dmn-modeler.js")
public class DmnModeler extends ModelEditor {

	/** An empty editor. */
	public DmnModeler() {
		super("xml");
	}

}
