package io.bokjiflow.security;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.bokjiflow.identity.LoginThrottle;
import io.bokjiflow.testing.IntegrationTest;
import org.apache.catalina.Context;
import org.apache.catalina.Session;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in protection: five failures of a username within the window lock it — through the
 * login form and HTTP Basic alike, even with the right password, shared through
 * PostgreSQL — a success clears the count, every sign-in and failure is audited, and a
 * session that expired sends the browser back to the login page.
 */
class LoginProtectionIT extends IntegrationTest {

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private PasswordEncoder passwords;

	@Autowired
	private LoginThrottle throttle;

	@Autowired
	private ServletWebServerApplicationContext web;

	/**
	 * A user of its own, so that a lockout never touches the demo users of other tests.
	 */
	private String newUser() {
		String username = "lock." + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("insert into idn_user (username, password_hash, display_name, org_code) values (?, ?, ?, ?)",
				username, this.passwords.encode(PASSWORD), "잠금시험", "1352000");
		return username;
	}

	@Test
	void shouldLockTheLoginFormAfterFiveFailuresEvenForTheRightPassword() throws Exception {
		String user = newUser();
		BrowserSession browser = new BrowserSession(baseUrl());
		for (int i = 0; i < 5; i++) {
			assertThat(browser.signIn(user, "wrong-" + i)).endsWith("/login?error");
		}
		Instant before = Instant.now();
		String locked = browser.signIn(user, PASSWORD);
		assertThat(locked).matches(".*/login\\?locked=1[45]");
		assertThat(this.throttle.lockedUntil(user)).hasValueSatisfying(until -> assertThat(until)
			.isBetween(before.plus(Duration.ofMinutes(14)), before.plus(Duration.ofMinutes(15))));
		assertThat(browser.get("/tasks").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).as("not signed in").endsWith("/login"));
		assertThat(audit(user, "FAILED", "FORM")).isEqualTo(5);
		assertThat(audit(user, "LOCKED_OUT", "FORM")).isEqualTo(1);
		assertThat(audit(user, "SIGNED_IN", "FORM")).isZero();

		// The window ending (an administrator's unlock here) lets the right password in.
		this.throttle.reset(user);
		assertThat(browser.signIn(user, PASSWORD)).doesNotContain("/login");
		assertThat(audit(user, "SIGNED_IN", "FORM")).isEqualTo(1);
	}

	@Test
	void shouldRefuseHttpBasicDuringALockoutAndClearTheCountOnSuccess() throws Exception {
		String user = newUser();
		for (int i = 0; i < 4; i++) {
			assertThat(docs(user, "wrong").statusCode()).isEqualTo(401);
		}
		assertThat(docs(user, PASSWORD).statusCode()).as("four failures do not lock").isEqualTo(200);
		assertThat(this.jdbc.queryForObject("select count(*) from idn_login_throttle where username = ?", Long.class,
				user))
			.as("a success clears the count")
			.isZero();

		for (int i = 0; i < 5; i++) {
			assertThat(docs(user, "wrong").statusCode()).isEqualTo(401);
		}
		HttpResponse<String> refused = docs(user, PASSWORD);
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After").map(Long::parseLong))
			.hasValueSatisfying(s -> assertThat(s).isBetween(800L, 900L));
		assertThat(refused.body()).contains("login.error.locked").doesNotContain("openapi");
		assertThat(call("GET", "/engine-rest/task", basic(user, PASSWORD), null).statusCode()).isEqualTo(429);
		// One state for every door: the form is locked too.
		assertThat(new BrowserSession(baseUrl()).signIn(user, PASSWORD)).contains("/login?locked=");
		assertThat(audit(user, "FAILED", "BASIC")).isEqualTo(9);
		assertThat(audit(user, "LOCKED_OUT", "BASIC")).isEqualTo(2);
		this.throttle.reset(user);
		assertThat(docs(user, PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void shouldSendAnExpiredSessionToTheLoginPage() throws Exception {
		Context context = (Context) ((TomcatWebServer) this.web.getWebServer()).getTomcat().getHost().findChildren()[0];
		assertThat(context.getSessionTimeout()).as("server.servlet.session.timeout in minutes").isEqualTo(30);

		BrowserSession browser = new BrowserSession(baseUrl());
		assertThat(browser.signIn("cw.jongno", PASSWORD)).doesNotContain("/login");
		assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);

		// The same session, idle for longer than its (shortened) timeout.
		Session session = context.getManager().findSession(browser.sessionId());
		assertThat(session).isNotNull();
		session.setMaxInactiveInterval(1);
		Thread.sleep(2_100);
		HttpResponse<String> after = browser.get("/tasks");
		assertThat(after.statusCode()).isEqualTo(302);
		assertThat(after.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
		assertThat(context.getManager().findSession(session.getId())).isNull();
	}

	private HttpResponse<String> docs(String user, String password) throws Exception {
		return call("GET", "/v3/api-docs", basic(user, password), null);
	}

	private long audit(String user, String kind, String channel) {
		return this.jdbc.queryForObject(
				"select count(*) from idn_login_audit where username = ? and kind = ? and channel = ?", Long.class,
				user, kind, channel);
	}

}
