package io.bokjiflow.designer.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The small test process of the designer tests ({@code designer/designer-test.bpmn}) with
 * its process id set.
 */
public final class DesignerTestModels {

	private DesignerTestModels() {
	}

	/**
	 * The test process.
	 * @param key the process id (unique per test run where deployed)
	 * @return BPMN XML
	 */
	public static String testProcess(String key) {
		try (InputStream in = DesignerTestModels.class.getResourceAsStream("/designer/designer-test.bpmn")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"KEY\"", "\"" + key + "\"");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
