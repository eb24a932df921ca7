package io.bokjiflow.testing;

import java.util.List;
import java.util.function.Supplier;

import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of every Spring integration, UI and browser test: one shared application context
 * on a real web port and the embedded PostgreSQL (the same server the plain process
 * engine uses), with the demo users, the public-data SIMULATOR and a small synthetic
 * population (300 persons, so that the context starts fast). Every subclass must keep
 * this exact configuration so that Spring caches one context for the whole suite.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"bokjiflow.embedded-postgres.data-dir=target/test-postgres", "bokjiflow.embedded-postgres.clean=true",
		"bokjiflow.security.dev-key-file=target/test-postgres-keys/dev-keys.properties", "bokjiflow.demo.enabled=true",
		"bokjiflow.simulator.enabled=true", "bokjiflow.publicdata.read-timeout=2s", "vaadin.launch-browser=false",
		"bokjiflow.population.size=300" })
public abstract class IntegrationTest {

	/** The password of every demo user. */
	protected static final String PASSWORD = "demo1234!";

	@LocalServerPort
	protected int port;

	@Autowired
	protected Identity identity;

	/** Base URL of the running application. */
	protected String baseUrl() {
		return "http://localhost:" + this.port;
	}

	/**
	 * Runs code as a demo user, as the UI would after login.
	 * @param username the user
	 * @param action what to do
	 * @param <T> the result type
	 * @return the action's result
	 */
	protected <T> T as(String username, Supplier<T> action) {
		var previous = SecurityContextHolder.getContext().getAuthentication();
		signIn(username);
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.getContext().setAuthentication(previous);
		}
	}

	/**
	 * Signs a demo user in on this thread (no password check: the login itself is tested
	 * elsewhere).
	 */
	protected void signIn(String username) {
		var user = this.identity.user(username).orElseThrow();
		List<SimpleGrantedAuthority> authorities = user.roles()
			.stream()
			.map(Role::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, authorities));
	}

	protected void signOut() {
		SecurityContextHolder.clearContext();
	}

}
