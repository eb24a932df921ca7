package io.bokjiflow.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Security headers on a UI page, BokjiFlow's JSON API and Camunda's REST API: a
 * Content-Security-Policy, nosniff, a referrer policy, a permissions policy, no framing
 * by other sites, and HSTS once the request came over HTTPS (through the load balancer's
 * {@code X-Forwarded-Proto}).
 */
class SecurityHeadersIT extends IntegrationTest {

	@Test
	void shouldSendSecurityHeadersOnTheUiPages() throws Exception {
		HttpHeaders headers = call("GET", "/login", null, null).headers();
		assertCommon(headers);
		assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
			.contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'", "connect-src 'self'"));
		assertThat(headers.firstValue("X-Frame-Options")).contains("SAMEORIGIN");
		assertThat(headers.firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
	}

	@Test
	void shouldSendSecurityHeadersOnTheJsonApi() throws Exception {
		HttpHeaders headers = call("GET", "/v3/api-docs", basic("cw.gangnam"), null).headers();
		assertCommon(headers);
		assertThat(headers.firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'", "frame-ancestors 'none'"));
		assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
		// Also on a refusal.
		assertCommon(call("GET", "/api/persons/" + java.util.UUID.randomUUID() + "/summary", null, null).headers());
	}

	@Test
	void shouldSendSecurityHeadersOnTheEngineRestApi() throws Exception {
		HttpHeaders headers = call("GET", "/engine-rest/task?maxResults=1", basic("sv.gangnam"), null).headers();
		assertCommon(headers);
		assertThat(headers.firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'"));
		assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
	}

	@Test
	void shouldSendHstsOverHttpsOnly() throws Exception {
		for (String path : List.of("/login", "/engine-rest/task?maxResults=1")) {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create(baseUrl() + path))
					.header("X-Forwarded-Proto", "https")
					.header("Authorization", basic("sv.gangnam"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
				.hasValueSatisfying(h -> assertThat(h).contains("max-age=31536000", "includeSubDomains"));
		}
	}

	@Test
	void shouldLeaveCamundasOwnPolicyAloneOnItsWebApps() throws Exception {
		BrowserSession browser = new BrowserSession(baseUrl());
		browser.signIn("admin", PASSWORD);
		HttpResponse<String> cockpit = browser.get("/camunda/app/cockpit/default/");
		assertThat(cockpit.statusCode()).isEqualTo(200);
		List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
		assertThat(policies).as("one policy, Camunda's (nonce-based)")
			.singleElement()
			.satisfies(csp -> assertThat(csp).contains("nonce-"));
		assertThat(cockpit.headers().firstValue("Permissions-Policy")).isPresent();
	}

	private static void assertCommon(HttpHeaders headers) {
		assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
		assertThat(headers.firstValue("Permissions-Policy"))
			.hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()"));
		assertThat(headers.firstValue("Content-Security-Policy")).isPresent();
	}

}
