package io.bokjiflow.casework;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.bokjiflow.testing.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision letter over HTTP: refused while the case waits for its review, then a PDF
 * with the Korean letter for the applicant's 시·군·구 only.
 */
class NoticePdfIT extends IntegrationTest {

	private static final HttpClient HTTP = HttpClient.newHttpClient();

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Test
	void shouldServeTheLetterOfADecidedCaseToItsDistrictOnly() throws Exception {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				"480220-2567896", "정미숙", null, "1168065000", true, false, UUID.randomUUID().toString())));
		Task task = awaitTask(app.applicationNo());
		String path = "/api/cases/" + app.applicationNo() + "/notice.pdf";

		HttpResponse<byte[]> undecided = get(path, "cw.gangnam");
		assertThat(undecided.statusCode()).isEqualTo(409);
		assertThat(new String(undecided.body(), StandardCharsets.UTF_8)).contains("not decided yet");
		assertThat(get(path, null).statusCode()).isEqualTo(401);

		as("cw.gangnam", () -> {
			this.tasks.claim(task.getId());
			this.tasks.complete(task.getId(), Map.of("reviewOutcome", "APPROVE", "evidenceChecked", true));
			return null;
		});

		HttpResponse<byte[]> letter = get(path, "cw.gangnam");
		assertThat(letter.statusCode()).isEqualTo(200);
		java.nio.file.Files.write(java.nio.file.Path.of("target/notice-it.pdf"), letter.body());
		assertThat(letter.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(letter.headers().firstValue("Content-Disposition")).hasValueSatisfying(
				v -> assertThat(v).contains("inline", "decision-letter-" + app.applicationNo() + ".pdf"));
		assertThat(letter.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(v -> assertThat(v).contains("no-store"));
		assertThat(text(letter.body())).contains(app.applicationNo(), "이의신청", "90일", "승인", "정*숙 귀하", "서울특별시 강남구청장",
				"서울특별시 강남구 역삼2동", "REVIEW_APPROVE");
		assertThat(text(get(path + "?lang=en", "cw.gangnam").body())).contains(app.applicationNo(), "Objection",
				"within 90 days", "Head of Gangnam-gu, Seoul");

		assertThat(get(path, "cw.jongno").statusCode()).isEqualTo(404);
		assertThat(get("/api/cases/TV-1999-999999/notice.pdf", "cw.gangnam").statusCode()).isEqualTo(404);
		assertThat(call("GET", "/v3/api-docs", basic("cw.gangnam"), null).body())
			.contains("/api/cases/{applicationNo}/notice.pdf");
	}

	private HttpResponse<byte[]> get(String path, String user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
			.header("Accept", "application/pdf");
		if (user != null) {
			request.header("Authorization", basic(user));
		}
		return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String text(byte[] pdf) throws Exception {
		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

}
