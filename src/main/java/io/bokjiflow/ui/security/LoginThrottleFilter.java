package io.bokjiflow.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import io.bokjiflow.identity.LoginAudit;
import io.bokjiflow.identity.LoginThrottle;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in — the login form's POST or an HTTP Basic header — for a username that
 * is locked out after too many failures, before its password is checked: the form goes
 * back to the login page with the minutes to wait, a Basic caller gets 429 with
 * {@code Retry-After}.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final Clock clock;

	LoginThrottleFilter(LoginThrottle throttle, Clock clock) {
		this.throttle = throttle;
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String basicUser = basicUsername(request);
		if (basicUser != null) {
			Optional<Instant> until = this.throttle.lockedUntil(basicUser);
			if (until.isPresent()) {
				this.throttle.refused(basicUser, LoginAudit.Channel.BASIC, request.getRemoteAddr());
				long seconds = Math.max(1, Duration.between(this.clock.instant(), until.get()).toSeconds());
				response.setStatus(429);
				response.setHeader("Retry-After", String.valueOf(seconds));
				response.setContentType("application/problem+json");
				response.getWriter()
					.write("{\"status\":429,\"title\":\"Too Many Requests\",\"messageKey\":\"login.error.locked\","
							+ "\"detail\":\"Too many failed sign-ins; try again in " + seconds + " seconds.\"}");
				return;
			}
		}
		else if (isFormLogin(request)) {
			String username = request.getParameter("username");
			Optional<Instant> until = this.throttle.lockedUntil(username);
			if (until.isPresent()) {
				this.throttle.refused(username, LoginAudit.Channel.FORM, request.getRemoteAddr());
				long minutes = Math.max(1, (Duration.between(this.clock.instant(), until.get()).toSeconds() + 59) / 60);
				response.sendRedirect(request.getContextPath() + "/login?locked=" + minutes);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private static boolean isFormLogin(HttpServletRequest request) {
		return "POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/** The username of an HTTP Basic header, or {@code null}. */
	static String basicUsername(HttpServletRequest request) {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
			return null;
		}
		try {
			String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			return colon < 0 ? null : decoded.substring(0, colon);
		}
		catch (IllegalArgumentException notBase64) {
			return null;
		}
	}

}
