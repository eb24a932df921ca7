package io.bokjiflow.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 10 items 4 and 5 on {@code POST /api/applications}: one idempotency key sent by
 * many threads at once creates one application and one process and every caller gets it;
 * the key with another body is refused; every field's bad value is answered with a
 * localised problem detail and nothing is stored.
 */
class ApplicationApiRobustnessIT extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	private static final String TEMPLATE = """
			{"programCode":"TRAVEL_VOUCHER","rrn":"%s","name":"%s","address":"서울 강남구 테헤란로 7",
			 "adminDongCode":"1168064000","consent":true,"financialConsent":false}""";

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private HistoryService history;

	@Test
	void shouldCreateOneApplicationForOneKeySentConcurrently() throws Exception {
		int callers = 8;
		String body = TEMPLATE.formatted(newApplicantRrn(), "동시성");
		String key = UUID.randomUUID().toString();
		CountDownLatch ready = new CountDownLatch(callers);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(callers);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		try {
			for (int i = 0; i < callers; i++) {
				answers.add(pool.submit(() -> {
					ready.countDown();
					go.await();
					return post("cw.gangnam", key, body, "ko");
				}));
			}
			assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
			go.countDown();
			List<String> numbers = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				HttpResponse<String> response = answer.get(90, TimeUnit.SECONDS);
				assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
				numbers.add(response.body().replaceAll(".*\"applicationNo\":\"([^\"]+)\".*", "$1"));
			}
			assertThat(numbers).hasSize(callers).allMatch(n -> n.startsWith("TV-")).containsOnly(numbers.get(0));
			assertThat(this.jdbc.queryForObject("select count(*) from cw_application where idempotency_key = ?",
					Long.class, key))
				.isOne();
			assertThat(this.history.createHistoricProcessInstanceQuery()
				.processInstanceBusinessKey(numbers.get(0))
				.processDefinitionKey("travel-voucher")
				.count()).as("one process instance").isOne();
			assertThat(this.jdbc.queryForObject(
					"select count(*) from act_hi_procinst where business_key_ = ? and super_process_instance_id_ is null",
					Long.class, numbers.get(0)))
				.isOne();
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shouldRefuseTheSameKeyWithAnotherBody() throws Exception {
		String rrn = newApplicantRrn();
		String key = UUID.randomUUID().toString();
		HttpResponse<String> first = post("cw.gangnam", key, TEMPLATE.formatted(rrn, "한결"), "ko");
		assertThat(first.statusCode()).isEqualTo(201);
		long before = applications();

		HttpResponse<String> otherName = post("cw.gangnam", key, TEMPLATE.formatted(rrn, "한별"), "en");
		HttpResponse<String> otherPerson = post("cw.gangnam", key, TEMPLATE.formatted(newApplicantRrn(), "한결"), "ko");
		HttpResponse<String> badRrn = post("cw.gangnam", key, TEMPLATE.formatted("12345", "한결"), "ko");
		for (HttpResponse<String> refused : List.of(otherName, otherPerson, badRrn)) {
			assertThat(refused.statusCode()).isEqualTo(422);
			assertThat(refused.body()).contains("\"messageKey\":\"application.error.idempotencyReused\"");
		}
		assertThat(otherName.body()).contains("Idempotency-Key");
		assertThat(applications()).isEqualTo(before);
		// The same body again is still the same application.
		HttpResponse<String> again = post("cw.gangnam", key, TEMPLATE.formatted(rrn, "한결"), "ko");
		assertThat(again.statusCode()).isEqualTo(201);
		assertThat(number(again)).isEqualTo(number(first));
	}

	static Stream<Arguments> badRequests() {
		String rrn = "%s";
		String future = LocalDate.now().plusDays(40).format(DateTimeFormatter.ofPattern("yyMMdd")) + "-3123456";
		return Stream.of(Arguments.of("missing name", field(rrn, "name", null), "application.error.name"),
				Arguments.of("blank name", field(rrn, "name", "\"   \""), "application.error.name"),
				Arguments.of("oversize name", field(rrn, "name", "\"" + "가".repeat(101) + "\""),
						"application.error.name"),
				Arguments.of("missing program", field(rrn, "programCode", null), "application.error.program"),
				Arguments.of("unknown program", field(rrn, "programCode", "\"NO_SUCH_PROGRAM\""),
						"application.error.program"),
				Arguments.of("SQL in the program code",
						field(rrn, "programCode", "\"'; drop table cw_application; --\""), "application.error.program"),
				Arguments.of("unknown 행정동", field(rrn, "adminDongCode", "\"1168099999\""),
						"application.error.adminDong"),
				Arguments.of("a 시·군·구 instead of a 행정동", field(rrn, "adminDongCode", "\"11680\""),
						"application.error.adminDong"),
				Arguments.of("missing 행정동", field(rrn, "adminDongCode", null), "application.error.adminDong"),
				Arguments.of("oversize address", field(rrn, "address", "\"" + "길".repeat(301) + "\""),
						"application.error.address"),
				Arguments.of("missing RRN", field(rrn, "rrn", null), "rrn.error.required"),
				Arguments.of("malformed RRN", field(rrn, "rrn", "\"12345-678\""), "rrn.error.format"),
				Arguments.of("impossible date", field(rrn, "rrn", "\"991332-1234567\""), "rrn.error.date"),
				Arguments.of("birth in the future", field(rrn, "rrn", "\"" + future + "\""),
						"application.error.birthInFuture"),
				Arguments.of("no consent", field(rrn, "consent", "false"), "application.error.consent"),
				Arguments.of("malformed JSON", "{\"programCode\": \"TRAVEL_VOUCHER\", ", "api.error.body"),
				Arguments.of("not JSON at all", "programCode=TRAVEL_VOUCHER", "api.error.body"),
				Arguments.of("a string for a boolean", field(rrn, "consent", "\"yes\""), "api.error.body"),
				Arguments.of("an object for a name", field(rrn, "name", "{\"first\":\"길동\"}"), "api.error.body"),
				Arguments.of("an array for a boolean", field(rrn, "financialConsent", "[true]"), "api.error.body"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badRequests")
	void shouldAnswerBadInputWithALocalisedProblemAndKeepNothing(String what, String template, String messageKey)
			throws Exception {
		String rrn = newApplicantRrn();
		String body = template.contains("%s") ? template.formatted(rrn) : template;
		long before = applications();
		long persons = this.jdbc.queryForObject("select count(*) from reg_person", Long.class);

		HttpResponse<String> korean = post("cw.gangnam", UUID.randomUUID().toString(), body, "ko");
		HttpResponse<String> english = post("cw.gangnam", UUID.randomUUID().toString(), body, "en");

		for (HttpResponse<String> response : List.of(korean, english)) {
			assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
			assertThat(response.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.body()).contains("\"messageKey\":\"" + messageKey + "\"")
				.doesNotContain(rrn.substring(7))
				.doesNotContain("Exception")
				.doesNotContain("drop table");
		}
		assertThat(korean.body()).as("the message is in the caller's language").isNotEqualTo(english.body());
		assertThat(detail(korean)).matches(".*[가-힣].*");
		assertThat(detail(english)).doesNotMatch(".*[가-힣].*");
		assertThat(applications()).as("nothing stored").isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select count(*) from reg_person", Long.class)).isEqualTo(persons);
	}

	/** The application template with one field replaced ({@code null} = left out). */
	private static String field(String rrn, String name, String json) {
		String body = TEMPLATE.formatted(rrn, "홍길동");
		String pattern = "\"" + name + "\":(\"[^\"]*\"|true|false)";
		return json == null ? body.replaceAll(pattern + ",?", "")
				: body.replaceAll(pattern, "\"" + name + "\":" + json);
	}

	private static String number(HttpResponse<String> response) {
		return response.body().replaceAll(".*\"applicationNo\":\"([^\"]+)\".*", "$1");
	}

	private static String detail(HttpResponse<String> response) {
		return response.body().replaceAll(".*\"detail\":\"([^\"]*)\".*", "$1");
	}

	private long applications() {
		return this.jdbc.queryForObject("select count(*) from cw_application", Long.class);
	}

	private HttpResponse<String> post(String user, String idempotencyKey, String json, String language)
			throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/applications"))
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language)
			.header("Authorization", basic(user));
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
