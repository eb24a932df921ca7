package io.bokjiflow.registry;

/**
 * A resident registration number that fails validation; carries a message key for the UI
 * and never the number itself.
 */
public class InvalidRrnException extends IllegalArgumentException {

	/** Message key: the field is empty. */
	public static final String REQUIRED = "rrn.error.required";

	/** Message key: not 13 digits (with or without the hyphen). */
	public static final String FORMAT = "rrn.error.format";

	/** Message key: the birth date part is not a real date. */
	public static final String DATE = "rrn.error.date";

	private final String messageKey;

	public InvalidRrnException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The key of the localised message. */
	public String messageKey() {
		return this.messageKey;
	}

}
