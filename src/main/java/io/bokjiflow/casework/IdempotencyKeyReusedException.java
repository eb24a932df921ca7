package io.bokjiflow.casework;

import io.bokjiflow.shared.UserFacingException;

/**
 * An idempotency key sent again with a different application than the one it created: the
 * caller reused a key by mistake, so nothing is created and the earlier application is
 * not returned as if it were this one.
 */
public class IdempotencyKeyReusedException extends UserFacingException {

	/** The message key (Korean and English bundles). */
	public static final String KEY = "application.error.idempotencyReused";

	/** Creates the exception. */
	public IdempotencyKeyReusedException() {
		super(KEY);
	}

}
