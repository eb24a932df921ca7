package io.bokjiflow.security;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * BokjiFlow's own JSON API: masked, limited to the caller's 시·군·구, documented with
 * OpenAPI.
 */
class ApiIT extends IntegrationTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Test
	void shouldServeMaskedPersonSummariesAndCaseEvidenceOnlyToTheRightDistrict() throws Exception {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				"760614-1246807", "임재현", null, "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo());

		assertThat(get("/api/persons/" + app.personId() + "/summary", null).statusCode()).isEqualTo(401);
		HttpResponse<String> mine = get("/api/persons/" + app.personId() + "/summary", "cw.gangnam");
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("\"maskedRrn\":\"760614-1******\"", "\"maskedName\":\"임*현\"")
			.doesNotContain("1246807", "임재현");
		assertThat(get("/api/persons/" + app.personId() + "/summary", "cw.jongno").statusCode()).isEqualTo(404);
		assertThat(get("/api/persons/" + UUID.randomUUID() + "/summary", "cw.gangnam").statusCode()).isEqualTo(404);

		HttpResponse<String> evidence = get("/api/cases/" + app.applicationNo() + "/evidence", "cw.gangnam");
		assertThat(evidence.statusCode()).isEqualTo(200);
		assertThat(evidence.body()).contains("SIMULATOR", "BASIC_LIVELIHOOD", app.applicationNo());
		assertThat(get("/api/cases/" + app.applicationNo() + "/evidence", "cw.jongno").statusCode()).isEqualTo(404);

		HttpResponse<String> docs = get("/v3/api-docs", "cw.gangnam");
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/persons/{id}/summary", "/api/cases/{applicationNo}/evidence");

		as("cw.gangnam", () -> {
			this.tasks.claim(task.getId());
			this.tasks.complete(task.getId(), Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
			return null;
		});
		assertThat(get("/api/cases/" + app.applicationNo() + "/evidence", "cw.gangnam").body())
			.contains("\"outcome\":\"APPROVED\"");
	}

	@Test
	void shouldRegisterOneApplicationPerIdempotencyKeyAndExplainBadInputInTheCallersLanguage() throws Exception {
		String rrn = newApplicantRrn();
		String body = """
				{"programCode":"TRAVEL_VOUCHER","rrn":"%s","name":"한가람","address":"서울 강남구 테헤란로 1",
				 "adminDongCode":"1168064000","consent":true,"financialConsent":false}""".formatted(rrn);
		String key = UUID.randomUUID().toString();

		HttpResponse<String> first = post("/api/applications", "cw.gangnam", key, body, "ko");
		HttpResponse<String> again = post("/api/applications", "cw.gangnam", key, body, "ko");

		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(again.statusCode()).isEqualTo(201);
		String applicationNo = first.body().replaceAll(".*\"applicationNo\":\"([^\"]+)\".*", "$1");
		assertThat(applicationNo).startsWith("TV-");
		assertThat(again.body()).contains("\"applicationNo\":\"" + applicationNo + "\"");
		assertThat(first.headers().firstValue("Location")).contains("/api/cases/" + applicationNo + "/evidence");
		assertThat(first.body()).doesNotContain(rrn.substring(7), "한가람");

		String badRrn = body.replace(rrn, "991399-1234567");
		HttpResponse<String> korean = post("/api/applications", "cw.gangnam", UUID.randomUUID().toString(), badRrn,
				"ko");
		HttpResponse<String> english = post("/api/applications", "cw.gangnam", UUID.randomUUID().toString(), badRrn,
				"en");
		assertThat(korean.statusCode()).isEqualTo(400);
		assertThat(korean.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(korean.body()).contains("\"messageKey\":\"rrn.error.date\"").doesNotContain("991399");
		assertThat(english.body()).contains("\"messageKey\":\"rrn.error.date\"");
		assertThat(korean.body()).isNotEqualTo(english.body());

		HttpResponse<String> noConsent = post("/api/applications", "cw.gangnam", null,
				body.replace("\"consent\":true", "\"consent\":false"), "en");
		assertThat(noConsent.statusCode()).isEqualTo(400);
		assertThat(noConsent.body()).contains("application.error.consent");

		HttpResponse<String> longKey = post("/api/applications", "cw.gangnam", "k".repeat(65), body, "en");
		assertThat(longKey.statusCode()).isEqualTo(400);
		assertThat(longKey.body()).contains("api.error.idempotencyKey", "64");

		assertThat(post("/api/applications", "sv.gangnam", UUID.randomUUID().toString(), body, "ko").statusCode())
			.isEqualTo(403);
		// Without credentials nor a CSRF token the CSRF check refuses it before
		// authentication.
		assertThat(post("/api/applications", null, UUID.randomUUID().toString(), body, "ko").statusCode())
			.isEqualTo(403);
	}

	@Test
	void shouldRecordTheAuthorOfADecisionMadeThroughCamundasRestApi() throws Exception {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "남궁민", null, "1168064000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo());
		String claim = "{\"userId\":\"cw.gangnam\"}";
		assertThat(
				call("POST", "/engine-rest/task/" + task.getId() + "/claim", basic("cw.gangnam"), claim).statusCode())
			.isEqualTo(204);

		HttpResponse<String> completed = call("POST", "/engine-rest/task/" + task.getId() + "/complete",
				basic("cw.gangnam"), """
						{"variables":{"reviewOutcome":{"value":"APPROVE"},"evidenceChecked":{"value":true}}}""");

		assertThat(completed.statusCode()).isEqualTo(204);
		assertThat(get("/api/cases/" + app.applicationNo() + "/evidence", "cw.gangnam").body())
			.contains("\"outcome\":\"APPROVED\"", "\"decidedBy\":\"cw.gangnam\"");
	}

	private HttpResponse<String> post(String path, String user, String idempotencyKey, String json, String language)
			throws Exception {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(baseUrl() + path))
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
			.header("Content-Type", "application/json")
			.header("Accept-Language", language);
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String user) throws Exception {
		return call("GET", path, user == null ? null : basic(user), null);
	}

}
