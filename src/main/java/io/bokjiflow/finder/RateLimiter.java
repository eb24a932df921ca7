package io.bokjiflow.finder;

/**
 * Rate limits of the anonymous public pages, per client IP address and per session (a
 * request must be within both).
 */
public interface RateLimiter {

	/** What is limited. */
	enum Action {

		/** A catalogue search of the public finder. */
		SEARCH,
		/** A self-check evaluation. */
		SELF_CHECK,
		/** A hand-off code made. */
		HAND_OFF

	}

	/**
	 * Takes one token for an action.
	 * @param action the action
	 * @param clientAddress the client's IP address
	 * @param sessionId the HTTP session's id
	 * @return whether the action may go ahead
	 */
	boolean tryAcquire(Action action, String clientAddress, String sessionId);

}
