package io.bokjiflow.designer;

/**
 * One problem found in a model.
 *
 * @param error {@code true} for an error that blocks deployment, {@code false} for a
 * warning
 * @param messageKey the i18n key of the explanation (e.g. {@code designer.rule.httl})
 * @param elementId the element concerned, or {@code null}
 * @param line the line in the XML, or 0 when unknown
 * @param detail the parser's own reason (English, from Camunda) or the offending value
 */
public record ValidationFinding(boolean error, String messageKey, String elementId, int line, String detail) {

	/** An error. */
	public static ValidationFinding error(String messageKey, String elementId, int line, String detail) {
		return new ValidationFinding(true, messageKey, elementId, line, detail);
	}

	/** A warning. */
	public static ValidationFinding warning(String messageKey, String elementId, int line, String detail) {
		return new ValidationFinding(false, messageKey, elementId, line, detail);
	}

}
