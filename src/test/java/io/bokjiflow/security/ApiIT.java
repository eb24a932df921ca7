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

	private HttpResponse<String> get(String path, String user) throws Exception {
		return call("GET", path, user == null ? null : basic(user), null);
	}

}
