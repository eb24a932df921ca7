package io.bokjiflow.shared;

import java.util.Arrays;

/**
 * An error the user caused and can fix, carrying a message key of the Korean and English
 * bundles ({@code vaadin-i18n/translations*.properties}) and its arguments, never
 * personal data.
 */
public class UserFacingException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] args;

	public UserFacingException(String messageKey, Object... args) {
		super(messageKey);
		this.messageKey = messageKey;
		this.args = args;
	}

	/** The key of the localised message. */
	public String messageKey() {
		return this.messageKey;
	}

	/** The message arguments. */
	public Object[] args() {
		return Arrays.copyOf(this.args, this.args.length);
	}

}
