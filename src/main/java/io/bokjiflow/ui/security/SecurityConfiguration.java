package io.bokjiflow.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.bokjiflow.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
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
	SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(under("/engine-rest"))
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("BokjiFlow"))
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
	SecurityFilterChain apiSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(under("/api", "/v3/api-docs"))
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("BokjiFlow"))
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
	SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
		// Camunda's web applications protect themselves against CSRF with their own token
		// filter.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(under("/camunda")));
		http.headers(h -> h.frameOptions(f -> f.sameOrigin()));
		http.authorizeHttpRequests(auth -> auth.requestMatchers(under("/styles", "/icons", "/error")).permitAll());
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		return http.build();
	}

}
