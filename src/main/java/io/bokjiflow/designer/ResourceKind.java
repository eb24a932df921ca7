package io.bokjiflow.designer;

import java.util.Locale;

/**
 * The kinds of model the designer edits, by file suffix.
 */
public enum ResourceKind {

	BPMN(".bpmn"), DMN(".dmn"), FORM(".form");

	private final String suffix;

	ResourceKind(String suffix) {
		this.suffix = suffix;
	}

	/** The file suffix, e.g. {@code .bpmn}. */
	public String suffix() {
		return this.suffix;
	}

	/**
	 * The kind of a resource by its name.
	 * @param resourceName a deployment resource name such as
	 * {@code processes/support/toll-discount.bpmn}
	 * @return the kind, or {@code null} for other resources
	 */
	public static ResourceKind of(String resourceName) {
		String lower = resourceName.toLowerCase(Locale.ROOT);
		for (ResourceKind kind : values()) {
			if (lower.endsWith(kind.suffix) || (kind == BPMN && lower.endsWith(".bpmn20.xml"))
					|| (kind == DMN && lower.endsWith(".dmn11.xml"))) {
				return kind;
			}
		}
		return null;
	}

}
