package io.bokjiflow.casework;

import java.util.Map;

import io.bokjiflow.shared.UserFacingException;

/**
 * Form values that the server rejected, with a message key per field.
 */
public class FormValidationException extends UserFacingException {

	private final Map<String, String> fieldErrors;

	public FormValidationException(Map<String, String> fieldErrors) {
		super("form.error.invalid");
		this.fieldErrors = Map.copyOf(fieldErrors);
	}

	/** Message keys by field key. */
	public Map<String, String> fieldErrors() {
		return this.fieldErrors;
	}

}
