package io.bokjiflow.ui.security;

import java.time.Clock;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.bokjiflow.identity.LoginAudit;
import io.bokjiflow.identity.LoginThrottle;
import io.bokjiflow.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * One login for everything: the Vaadin UI and Camunda's Cockpit, Tasklist and Admin use
 * the form login session; {@code /engine-rest} takes HTTP Basic with the same users and
 * never answers anonymously; the public-data SIMULATOR checks its own API key, as a real
 * agency gateway would.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * The UI's Content-Security-Policy. Vaadin Flow runs inline bootstrap scripts and
	 * {@code executeJs} through {@code new Function} (hence 'unsafe-inline' and
	 * 'unsafe-eval'); Lumo and the diagram and chart libraries set inline styles and
	 * data: images; the @Push websocket is same-origin ('self' covers ws: and wss: of the
	 * same host in CSP 3). Nothing loads from another origin.
	 */
	static final String UI_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
			+ "connect-src 'self'; worker-src 'self' blob:; frame-src 'self' blob:; object-src 'none'; "
			+ "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

	/** JSON APIs render nothing: no sources, no framing. */
	static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	/** Browser features BokjiFlow never uses. */
	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "magnetometer=(), gyroscope=(), accelerometer=()";

	/**
	 * Headers every chain sends: nosniff, no referrer to other origins, no powerful
	 * features, HSTS on HTTPS (Spring Security writes it only for secure requests), and
	 * no caching of responses that may hold personal data (Spring's default).
	 */
	static void commonHeaders(HeadersConfigurer<HttpSecurity> headers) {
		headers.contentTypeOptions(o -> {
		})
			.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
	}

	static LoginThrottleFilter throttle(LoginThrottle throttle, Clock clock) {
		return new LoginThrottleFilter(throttle, clock);
	}

	/**
	 * Prefix matchers on the request URI: {@code /engine-rest} and {@code /camunda} are
	 * served by Jersey and plain servlets, where Spring MVC's path matching does not
	 * apply.
	 */
	static RequestMatcher under(String... prefixes) {
		return request -> {
			String path = request.getRequestURI().substring(request.getContextPath().length());
			for (String prefix : prefixes) {
				if (path.equals(prefix) || path.startsWith(prefix + "/")) {
					return true;
				}
			}
			return false;
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http, LoginThrottle throttle, Clock clock) throws Exception {
		http.securityMatcher(under("/engine-rest"))
			.addFilterBefore(throttle(throttle, clock), BasicAuthenticationFilter.class)
			.headers(h -> {
				commonHeaders(h);
				h.frameOptions(f -> f.deny()).contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP));
			})
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(
					basic -> basic.realmName("BokjiFlow").authenticationDetailsSource(LoginAudit.HttpBasicDetails::new))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	/**
	 * BokjiFlow's own JSON API: HTTP Basic for other systems or the browser session of a
	 * signed-in user; 401 rather than a login redirect.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain apiSecurity(HttpSecurity http, LoginThrottle throttle, Clock clock) throws Exception {
		http.securityMatcher(under("/api", "/v3/api-docs"))
			.addFilterBefore(throttle(throttle, clock), BasicAuthenticationFilter.class)
			.headers(h -> {
				commonHeaders(h);
				h.frameOptions(f -> f.deny()).contentSecurityPolicy(csp -> csp.policyDirectives(API_CSP));
			})
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(
					basic -> basic.realmName("BokjiFlow").authenticationDetailsSource(LoginAudit.HttpBasicDetails::new))
			// A browser's session cookie needs the CSRF token; a caller that sends its
			// own
			// credentials with every request cannot be forged by another site.
			.csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null))
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain machineEndpointsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(under("/simulator", "/actuator/health", "/actuator/info"))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain uiSecurity(HttpSecurity http, LoginThrottle throttle, Clock clock) throws Exception {
		// Camunda's web applications protect themselves against CSRF with their own token
		// filter.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(under("/camunda")));
		http.addFilterBefore(new LoginCsrfFilter(), UsernamePasswordAuthenticationFilter.class);
		http.addFilterBefore(throttle(throttle, clock), UsernamePasswordAuthenticationFilter.class);
		// Camunda's web applications send their own nonce-based Content-Security-Policy;
		// a
		// second policy would be enforced on top of it and break them.
		http.headers(h -> {
			commonHeaders(h);
			h.frameOptions(f -> f.sameOrigin())
				.addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(under("/camunda")),
						new ContentSecurityPolicyHeaderWriter(UI_CSP)));
		});
		http.authorizeHttpRequests(auth -> auth.requestMatchers(under("/styles", "/icons", "/error")).permitAll());
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		return http.build();
	}

}
