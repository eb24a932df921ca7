package io.bokjiflow.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.LoginAudit;
import io.bokjiflow.identity.LoginThrottle;
import io.bokjiflow.shared.AuditQuery;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Counts failed sign-ins per username in PostgreSQL (shared by every node), refuses a
 * username after too many within the window, and writes the sign-in audit from Spring
 * Security's authentication events (form login and HTTP Basic publish the same events).
 */
@Service
@Transactional
class SignInGuard implements LoginThrottle, LoginAudit {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Identity identity;

	private final int maxFailures;

	private final Duration window;

	SignInGuard(JdbcClient jdbc, Clock clock, Identity identity,
			@Value("${bokjiflow.security.login.max-failures:5}") int maxFailures,
			@Value("${bokjiflow.security.login.window:15m}") Duration window) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.identity = identity;
		this.maxFailures = maxFailures;
		this.window = window;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Instant> lockedUntil(String username) {
		if (username == null || username.isBlank()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		return this.jdbc.sql("select window_start, failures from idn_login_throttle where username = :u")
			.param("u", key(username))
			.query((rs, n) -> rs.getInt("failures") >= this.maxFailures
					? rs.getTimestamp("window_start").toInstant().plus(this.window) : null)
			.optional()
			.filter(until -> until.isAfter(now));
	}

	@Override
	public void refused(String username, Channel channel, String remoteAddress) {
		audit(username, Kind.LOCKED_OUT, channel, remoteAddress);
	}

	@Override
	public void reset(String username) {
		this.jdbc.sql("delete from idn_login_throttle where username = :u").param("u", key(username)).update();
	}

	/** A wrong password or an unknown username: one more failure in the window. */
	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		String username = event.getAuthentication().getName();
		if (username == null || username.isBlank()) {
			return;
		}
		Instant now = this.clock.instant();
		// A window that has ended starts afresh with this failure.
		this.jdbc.sql("""
				insert into idn_login_throttle (username, window_start, failures) values (:u, :now, 1)
				on conflict (username) do update set
				  failures = case when idn_login_throttle.window_start <= :windowOpen then 1
				                  else idn_login_throttle.failures + 1 end,
				  window_start = case when idn_login_throttle.window_start <= :windowOpen then excluded.window_start
				                      else idn_login_throttle.window_start end""")
			.param("u", key(username))
			.param("now", Timestamp.from(now))
			.param("windowOpen", Timestamp.from(now.minus(this.window)))
			.update();
		Channel channel = event.getAuthentication().getDetails() instanceof HttpBasicDetails ? Channel.BASIC
				: Channel.FORM;
		audit(username, Kind.FAILED, channel, remoteAddress(event.getAuthentication()));
	}

	/** Any successful authentication clears the failures. */
	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		reset(event.getAuthentication().getName());
	}

	/** A sign-in through the login form (HTTP Basic calls are not audited one by one). */
	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		audit(event.getAuthentication().getName(), Kind.SIGNED_IN, Channel.FORM,
				remoteAddress(event.getAuthentication()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<LoginEvent> events(AuditQuery query, Kind kind, int offset, int limit) {
		requireAuditor();
		return this.jdbc
			.sql("select username, kind, channel, remote_address, occurred_at from idn_login_audit" + where(kind)
					+ " order by occurred_at desc, id desc offset :offset limit :limit")
			.params(params(query, kind))
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new LoginEvent(rs.getString("username"), Kind.valueOf(rs.getString("kind")),
					Channel.valueOf(rs.getString("channel")), rs.getString("remote_address"),
					rs.getTimestamp("occurred_at").toInstant()))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public long count(AuditQuery query, Kind kind) {
		requireAuditor();
		return this.jdbc.sql("select count(*) from idn_login_audit" + where(kind))
			.params(params(query, kind))
			.query(Long.class)
			.single();
	}

	private static String where(Kind kind) {
		return " where strpos(lower(username), :user) > 0 and occurred_at >= :from and occurred_at < :to"
				+ (kind == null ? "" : " and kind = :kind");
	}

	private static java.util.Map<String, Object> params(AuditQuery query, Kind kind) {
		var params = new java.util.HashMap<String, Object>(query.sqlParameters());
		if (kind != null) {
			params.put("kind", kind.name());
		}
		return params;
	}

	private void requireAuditor() {
		this.identity.currentUser().requireAuditLogReader("The sign-in audit");
	}

	private void audit(String username, Kind kind, Channel channel, String remoteAddress) {
		this.jdbc.sql("""
				insert into idn_login_audit (username, kind, channel, remote_address, occurred_at)
				values (:u, :kind, :channel, :remote, :at)""")
			.param("u", key(username))
			.param("kind", kind.name())
			.param("channel", channel.name())
			.param("remote", remoteAddress)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

	/** Usernames are stored as given, trimmed and cut to the column's length. */
	private static String key(String username) {
		String u = username == null ? "" : username.strip();
		return u.length() > 64 ? u.substring(0, 64) : u;
	}

	private static HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
			return details.getRemoteAddress();
		}
		HttpServletRequest request = request();
		return request == null ? null : request.getRemoteAddr();
	}

}
