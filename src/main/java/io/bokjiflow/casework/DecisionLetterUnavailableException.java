package io.bokjiflow.casework;

import io.bokjiflow.shared.UserFacingException;

/**
 * There is no decision letter to print: the case is unknown to the user, or it has not
 * been decided yet.
 */
public class DecisionLetterUnavailableException extends UserFacingException {

	/** Why there is no letter. */
	public enum Reason {

		/** No such case among the user's 시·군·구's cases. */
		NOT_FOUND("notice.error.notFound"),
		/** The case is not decided yet. */
		NOT_DECIDED("notice.error.notDecided");

		private final String messageKey;

		Reason(String messageKey) {
			this.messageKey = messageKey;
		}

	}

	private final Reason reason;

	public DecisionLetterUnavailableException(Reason reason) {
		super(reason.messageKey);
		this.reason = reason;
	}

	/** Why there is no letter. */
	public Reason reason() {
		return this.reason;
	}

}
