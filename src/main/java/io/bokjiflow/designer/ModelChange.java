package io.bokjiflow.designer;

/**
 * One semantic difference between the deployed model and the edited one.
 *
 * @param kind ADDED, REMOVED or CHANGED
 * @param elementId the element's id
 * @param elementType the element type, e.g. {@code userTask}
 * @param name the element's name (the new one when changed), or {@code null}
 * @param detail for CHANGED: which attributes changed, {@code attr: old → new}, separated
 * by {@code ; }
 */
public record ModelChange(Kind kind, String elementId, String elementType, String name, String detail) {

	/** What happened to an element. */
	public enum Kind {

		ADDED, REMOVED, CHANGED

	}

}
