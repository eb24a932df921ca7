package io.bokjiflow.ui.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import io.bokjiflow.ui.LoginView;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * One login for everything: the Vaadin UI and Camunda's Cockpit, Tasklist and Admin use
 * the form login session; {@code /engine-rest} takes HTTP Basic with the same users and
 * never answers anonymously; the public-data SIMULATOR checks its own API key, as a real
 * agency gateway would.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

	@Bean
	@Order(1)
	SecurityFilterChain engineRestSecurity(HttpSecurity http) throws Exception {
		// Path patterns, not MVC matchers: these paths belong to Jersey and plain
		// servlets.
		http.securityMatcher(PATHS.matcher("/engine-rest/**"))
			.authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("BokjiFlow"))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain machineEndpointsSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/simulator/**"), PATHS.matcher("/actuator/health/**"),
				PATHS.matcher("/actuator/info")))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.csrf(csrf -> csrf.disable())
			.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain uiSecurity(HttpSecurity http) throws Exception {
		// Camunda's web applications protect themselves against CSRF with their own token
		// filter.
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/camunda/**"));
		http.headers(h -> h.frameOptions(f -> f.sameOrigin()));
		http.authorizeHttpRequests(
				auth -> auth.requestMatchers(PATHS.matcher("/styles/**"), PATHS.matcher("/icons/**")).permitAll());
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
		http.httpBasic(Customizer.withDefaults());
		return http.build();
	}

}
