package io.bokjiflow.identity;

import java.time.Instant;
import java.util.List;

import io.bokjiflow.shared.AuditQuery;

/**
 * The sign-in audit: successful interactive sign-ins, failed sign-ins (form and HTTP
 * Basic) and attempts refused during a lockout; readable by auditors and administrators.
 */
public interface LoginAudit {

	/**
	 * Entries, newest first.
	 * @param query whose and when
	 * @param kind only this kind, or {@code null} for all
	 * @param offset rows to skip
	 * @param limit at most this many
	 * @return the entries
	 * @throws org.springframework.security.access.AccessDeniedException unless the caller
	 * is an auditor or administrator
	 */
	List<LoginEvent> events(AuditQuery query, Kind kind, int offset, int limit);

	/**
	 * How many entries match.
	 * @param query whose and when
	 * @param kind only this kind, or {@code null} for all
	 * @return the count
	 */
	long count(AuditQuery query, Kind kind);

	/** What happened. */
	enum Kind {

		/** Signed in through the login form. */
		SIGNED_IN,
		/** A wrong password or an unknown username. */
		FAILED,
		/** Refused without checking the password: too many failures in the window. */
		LOCKED_OUT

	}

	/** Through which door. */
	enum Channel {

		/** The login form of the UI. */
		FORM,
		/** HTTP Basic on /api or /engine-rest. */
		BASIC

	}

	/**
	 * The details of an HTTP Basic authentication (the security configuration sets them),
	 * so that the audit can tell a Basic caller from the login form.
	 */
	final class HttpBasicDetails extends org.springframework.security.web.authentication.WebAuthenticationDetails {

		private static final long serialVersionUID = 1L;

		/** Reads the client's address and session from the request. */
		public HttpBasicDetails(jakarta.servlet.http.HttpServletRequest request) {
			super(request);
		}

	}

	/**
	 * One entry.
	 *
	 * @param username the username given
	 * @param kind what happened
	 * @param channel how
	 * @param remoteAddress the client's address, if known
	 * @param occurredAt when
	 */
	record LoginEvent(String username, Kind kind, Channel channel, String remoteAddress, Instant occurredAt) {
	}

}
