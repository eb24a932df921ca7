package io.bokjiflow.security;

import java.net.http.HttpResponse;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import io.bokjiflow.testing.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Error pages and problem details never echo a resident number that a client sent — not
 * BokjiFlow's JSON API (bad JSON, a number where an id belongs), not Camunda's REST API
 * (its messages repeat the ids asked for), not Spring Boot's {@code /error}.
 */
class ErrorPagesIT extends IntegrationTest {

	private static final String RRN = "920301-2123456";

	private static final String RRN_DIGITS = "9203012123456";

	@Autowired
	private ServerProperties server;

	private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

	@BeforeEach
	void captureLogs() {
		this.captured.start();
		root().addAppender(this.captured);
	}

	/** Whatever the bad requests made the application log holds no number either. */
	@AfterEach
	void assertNothingLogged() {
		root().detachAppender(this.captured);
		for (ILoggingEvent event : this.captured.list) {
			StringBuilder line = new StringBuilder(String.valueOf(event.getFormattedMessage()));
			for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
				line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
			}
			assertThat(line.toString()).as("a log line").doesNotContain(RRN, RRN_DIGITS, "2123456");
		}
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
	}

	@Test
	void shouldNotEchoTheNumberFromABadJsonBody() throws Exception {
		String wrongType = """
				{"programCode":"TRAVEL_VOUCHER","rrn":"%s","name":"한가람","consent":"%s"}""".formatted(RRN, RRN);
		String broken = "{\"programCode\":\"TRAVEL_VOUCHER\",\"rrn\":\"" + RRN + "\", \"name\": " + RRN_DIGITS + "x";
		for (String body : new String[] { wrongType, broken }) {
			HttpResponse<String> response = call("POST", "/api/applications", basic("cw.gangnam"), body);
			assertThat(response.statusCode()).isEqualTo(400);
			assertNoNumber(response);
		}
	}

	@Test
	void shouldNotEchoTheNumberFromAPathOfTheJsonApi() throws Exception {
		for (String id : new String[] { RRN, RRN_DIGITS }) {
			HttpResponse<String> response = call("GET", "/api/persons/" + id + "/summary", basic("cw.gangnam"), null);
			assertThat(response.statusCode()).isEqualTo(400);
			assertThat(response.body()).as("still says what was wrong").contains("920301-2******");
			assertNoNumber(response);
		}
	}

	@Test
	void shouldNotEchoTheNumberFromTheEngineRestApi() throws Exception {
		HttpResponse<String> unknown = call("GET", "/engine-rest/process-instance/" + RRN, basic("sv.gangnam"), null);
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("does not exist");
		assertNoNumber(unknown);

		HttpResponse<String> badVariable = call("POST", "/engine-rest/message", basic("admin"), """
				{"messageName":"none","processVariables":{"rrn":{"value":"%s","type":"Integer"}}}""".formatted(RRN));
		assertThat(badVariable.statusCode()).isBetween(400, 599);
		assertNoNumber(badVariable);
	}

	@Test
	void shouldNeverPutMessagesBindingErrorsOrStackTracesOnTheErrorPage() throws Exception {
		ErrorProperties error = this.server.getError();
		assertThat(error.getIncludeMessage()).isEqualTo(ErrorProperties.IncludeAttribute.NEVER);
		assertThat(error.getIncludeBindingErrors()).isEqualTo(ErrorProperties.IncludeAttribute.NEVER);
		assertThat(error.getIncludeStacktrace()).isEqualTo(ErrorProperties.IncludeAttribute.NEVER);
		assertThat(error.isIncludeException()).isFalse();

		// The firewall refuses a path with a semicolon; Spring Boot's /error answers and
		// would name the path.
		HttpResponse<String> rejected = call("GET", "/api/persons;" + RRN + "/summary", basic("cw.gangnam"), null);
		assertThat(rejected.statusCode()).isEqualTo(400);
		assertNoNumber(rejected);
		assertThat(rejected.body()).doesNotContain("Exception", "at org.");
	}

	private static void assertNoNumber(HttpResponse<String> response) {
		assertThat(response.body()).as("the answer to a bad request").doesNotContain(RRN, RRN_DIGITS, "2123456");
		assertThat(response.headers().map().toString()).as("headers").doesNotContain(RRN, RRN_DIGITS);
	}

}
