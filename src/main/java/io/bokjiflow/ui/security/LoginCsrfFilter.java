package io.bokjiflow.ui.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DeferredCsrfToken;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requires the CSRF token on the login form's POST. Vaadin's security configurer exempts
 * the whole login path from Spring's CSRF check, yet Vaadin's login form sends the token
 * (from the page's {@code _csrf} meta tag); without this check another site could sign a
 * browser in as the attacker (login CSRF).
 */
class LoginCsrfFilter extends OncePerRequestFilter {

	private final XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !("POST".equals(request.getMethod())
				&& "/login".equals(request.getRequestURI().substring(request.getContextPath().length())));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// The raw token: the CsrfToken request attribute holds a freshly masked copy.
		DeferredCsrfToken deferred = (DeferredCsrfToken) request.getAttribute(DeferredCsrfToken.class.getName());
		CsrfToken expected = deferred == null ? null : deferred.get();
		String actual = expected == null ? null : this.tokens.resolveCsrfTokenValue(request, expected);
		if (expected == null || actual == null || !MessageDigest
			.isEqual(expected.getToken().getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8))) {
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
			return;
		}
		chain.doFilter(request, response);
	}

}
