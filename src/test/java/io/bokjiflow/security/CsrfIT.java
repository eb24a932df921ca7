package io.bokjiflow.security;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CSRF protection on every door a browser's cookie opens: the login form, Vaadin's UIDL
 * requests (Vaadin's own token) and a cookie-session call to {@code /api}; callers that
 * send their credentials with every request (HTTP Basic on {@code /api} and
 * {@code /engine-rest}) need no token, and {@code /engine-rest} never takes the session.
 */
class CsrfIT extends IntegrationTest {

	private static final Pattern SECURITY_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");

	private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":(\\d+)");

	@Test
	void shouldRefuseALoginWithoutOrWithAForgedToken() throws Exception {
		BrowserSession browser = new BrowserSession(baseUrl());
		browser.csrfToken();
		assertThat(browser.login("cw.gangnam", PASSWORD, null).statusCode()).isEqualTo(403);
		assertThat(browser.login("cw.gangnam", PASSWORD, "forged-token").statusCode()).isEqualTo(403);
		assertThat(browser.get("/tasks").headers().firstValue("Location"))
			.hasValueSatisfying(l -> assertThat(l).as("still signed out").endsWith("/login"));
		assertThat(browser.signIn("cw.gangnam", PASSWORD)).as("with the page's token").doesNotContain("/login");
		assertThat(browser.get("/tasks").statusCode()).isEqualTo(200);
	}

	@Test
	void shouldRefuseAVaadinRequestWithoutItsToken() throws Exception {
		BrowserSession browser = new BrowserSession(baseUrl());
		browser.signIn("cw.gangnam", PASSWORD);
		String init = browser.get("/?v-r=init&location=&query=").body();
		String key = find(SECURITY_KEY, init);
		String uiId = find(UI_ID, init);
		String path = "/?v-r=uidl&v-uiId=" + uiId;

		HttpResponse<String> forged = browser.post(path, "application/json",
				"{\"csrfToken\":\"" + UUID.randomUUID() + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
		// Vaadin answers an invalid key with an error and sync id -1: nothing was
		// processed.
		assertThat(forged.body()).as("not processed").contains("\"appError\"", "\"syncId\":-1");
		HttpResponse<String> missing = browser.post(path, "application/json",
				"{\"rpc\":[],\"syncId\":0,\"clientId\":0}");
		assertThat(missing.body()).contains("\"appError\"", "\"syncId\":-1");

		HttpResponse<String> genuine = browser.post(path, "application/json",
				"{\"csrfToken\":\"" + key + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
		assertThat(genuine.statusCode()).isEqualTo(200);
		assertThat(genuine.body()).as("processed with the token").contains("\"syncId\":1").doesNotContain("appError");
	}

	@Test
	void shouldRequireTheTokenForACookieSessionCallToTheApiButNotForBasic() throws Exception {
		String badRrn = """
				{"programCode":"TRAVEL_VOUCHER","rrn":"991399-1234567","name":"한가람","address":"서울",
				 "adminDongCode":"1168064000","consent":true,"financialConsent":false}""";
		BrowserSession browser = new BrowserSession(baseUrl());
		browser.signIn("cw.gangnam", PASSWORD);
		HttpResponse<String> noToken = browser.post("/api/applications", "application/json", badRrn);
		assertThat(noToken.statusCode()).isEqualTo(403);
		assertThat(noToken.body()).doesNotContain("rrn.error");

		String token = BrowserSession.csrfTokenOf(browser.get("/").body());
		HttpResponse<String> withToken = browser.post("/api/applications", "application/json", badRrn, "X-CSRF-TOKEN",
				token);
		assertThat(withToken.statusCode()).as("past CSRF, refused for its content").isEqualTo(400);
		assertThat(withToken.body()).contains("rrn.error.date");

		HttpResponse<String> basic = call("POST", "/api/applications", basic("cw.gangnam"), badRrn);
		assertThat(basic.statusCode()).isEqualTo(400);
		assertThat(basic.body()).contains("rrn.error.date");
	}

	@Test
	void shouldKeepTheEngineRestApiStatelessBasicOnly() throws Exception {
		HttpResponse<String> basic = call("POST", "/engine-rest/process-instance", basic("sv.gangnam"), "{}");
		assertThat(basic.statusCode()).as("a POST without a CSRF token").isEqualTo(200);
		assertThat(basic.headers().allValues("Set-Cookie")).as("no session").isEmpty();

		BrowserSession browser = new BrowserSession(baseUrl());
		browser.signIn("sv.gangnam", PASSWORD);
		assertThat(browser.get("/engine-rest/task?maxResults=1").statusCode()).as("the session cookie alone")
			.isEqualTo(401);
	}

	private static String find(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}

}
