package io.bokjiflow.security;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser over plain HTTP: keeps cookies, reads the CSRF token from a page's
 * {@code _csrf} meta tag (as Vaadin's login form does) and signs in through the login
 * form.
 */
final class BrowserSession {

	private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	private final String baseUrl;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http;

	BrowserSession(String baseUrl) {
		this.baseUrl = baseUrl;
		this.http = HttpClient.newBuilder()
			.cookieHandler(this.cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** GET a path. */
	HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(this.baseUrl + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

	/** POST a body with headers given as name, value pairs. */
	HttpResponse<String> post(String path, String contentType, String body, String... headers)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", contentType);
		for (int i = 0; i + 1 < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** The CSRF token of the login page (a new session's). */
	String csrfToken() throws IOException, InterruptedException {
		return csrfTokenOf(get("/login").body());
	}

	static String csrfTokenOf(String page) {
		Matcher m = CSRF_META.matcher(page);
		if (!m.find()) {
			throw new IllegalStateException("No _csrf meta tag in the page");
		}
		return m.group(1);
	}

	/**
	 * Submits the login form as Vaadin's login form does.
	 * @param token the CSRF token, or {@code null} to leave it out
	 * @return the answer (a redirect)
	 */
	HttpResponse<String> login(String username, String password, String token)
			throws IOException, InterruptedException {
		String form = "username=" + enc(username) + "&password=" + enc(password)
				+ (token == null ? "" : "&_csrf=" + enc(token));
		return post("/login", "application/x-www-form-urlencoded", form);
	}

	/** Signs in with a fresh token; returns the redirect's target. */
	String signIn(String username, String password) throws IOException, InterruptedException {
		return login(username, password, csrfToken()).headers().firstValue("Location").orElse("");
	}

	/** The session cookie's value, or {@code null}. */
	String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> "JSESSIONID".equals(c.getName()))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String enc(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
