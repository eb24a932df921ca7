package io.bokjiflow.designer;

import java.util.List;

/**
 * The server's verdict on a model: Camunda's parser and BokjiFlow's rules.
 *
 * @param findings errors and warnings, errors first
 */
public record ValidationReport(List<ValidationFinding> findings) {

	public ValidationReport {
		findings = findings.stream().sorted((a, b) -> Boolean.compare(b.error(), a.error())).toList();
	}

	/** Whether the model may be deployed (no errors; warnings allowed). */
	public boolean deployable() {
		return this.findings.stream().noneMatch(ValidationFinding::error);
	}

	/** The errors only. */
	public List<ValidationFinding> errors() {
		return this.findings.stream().filter(ValidationFinding::error).toList();
	}

}
