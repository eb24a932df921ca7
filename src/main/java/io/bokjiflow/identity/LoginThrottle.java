package io.bokjiflow.identity;

import java.time.Instant;
import java.util.Optional;

/**
 * Refuses sign-ins for a username after too many failures within a window (by default 5
 * in 15 minutes), even with the right password, until the window ends. The state is kept
 * in PostgreSQL, so every node of a cluster sees the same lockout.
 */
public interface LoginThrottle {

	/**
	 * Until when a username is locked out.
	 * @param username the username given at sign-in
	 * @return the end of the lockout, or empty when the username may try
	 */
	Optional<Instant> lockedUntil(String username);

	/**
	 * Records an attempt refused because of a lockout (in the sign-in audit).
	 * @param username the username given
	 * @param channel the door
	 * @param remoteAddress the client's address, or {@code null}
	 */
	void refused(String username, LoginAudit.Channel channel, String remoteAddress);

	/**
	 * Lifts a lockout and forgets the failures (an administrator's unlock).
	 * @param username the username
	 */
	void reset(String username);

}
