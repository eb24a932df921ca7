package io.bokjiflow.shared;

import java.time.Instant;

/**
 * A filter on an audit log that every module's audit read API takes: whose actions, and
 * in which period.
 *
 * @param user text the acting user's login contains (case-insensitive), or {@code null}
 * for everyone
 * @param from the first instant included, or {@code null}
 * @param to the first instant no longer included, or {@code null}
 */
public record AuditQuery(String user, Instant from, Instant to) {

	/** Everything. */
	public static AuditQuery all() {
		return new AuditQuery(null, null, null);
	}

	/** The user filter as a lower-case SQL {@code strpos} needle; empty for everyone. */
	public String userNeedle() {
		return this.user == null ? "" : this.user.strip().toLowerCase(java.util.Locale.ROOT);
	}

	/** The lower bound for SQL (the epoch when open). */
	public java.sql.Timestamp fromOrMin() {
		return java.sql.Timestamp.from(this.from == null ? Instant.EPOCH : this.from);
	}

	/**
	 * The named SQL parameters {@code :user} ({@link #userNeedle()}), {@code :from} and
	 * {@code :to} that every audit log's filter uses.
	 */
	public java.util.Map<String, Object> sqlParameters() {
		return java.util.Map.of("user", userNeedle(), "from", fromOrMin(), "to", toOrMax());
	}

	/** The upper bound for SQL (far in the future when open). */
	public java.sql.Timestamp toOrMax() {
		return java.sql.Timestamp.from(this.to == null ? Instant.parse("9999-01-01T00:00:00Z") : this.to);
	}

}
