package io.bokjiflow.publicdata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.registry.InvalidRrnException;
import io.bokjiflow.registry.Rrn;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR of the qualification source (playing 사회보장정보원's qualification records) over
 * real HTTP. Answers from a fixed synthetic dataset
 * ({@code simulator/qualifications.csv}); a number that is not listed holds no
 * qualification. Injects faults on request (see {@link SimulatorFaults}). Runs only when
 * {@code bokjiflow.simulator.enabled} is true.
 */
@RestController
@RequestMapping("/simulator")
@ConditionalOnProperty(name = "bokjiflow.simulator.enabled", havingValue = "true")
class QualificationSimulator {

	static final String SOURCE = "SIMULATOR: 사회보장정보원 자격정보 (simulated)";

	static final String LEGAL_BASIS = "사회보장급여의 이용·제공 및 수급권자 발굴에 관한 법률 제12조";

	private final Map<String, List<QualificationApi.Qualification>> dataset;

	private final SimulatorFaults faults;

	private final byte[] apiKeyDigest;

	QualificationSimulator(SimulatorFaults faults,
			@org.springframework.beans.factory.annotation.Value("${bokjiflow.simulator.api-key}") String apiKey) {
		this.faults = faults;
		this.apiKeyDigest = digest(apiKey);
		this.dataset = load();
	}

	@PostMapping(QualificationApi.PATH)
	ResponseEntity<?> qualifications(
			@RequestHeader(name = QualificationApi.API_KEY_HEADER, required = false) String key,
			@RequestBody QualificationApi.Request request) throws InterruptedException {
		if (key == null || !MessageDigest.isEqual(digest(key), this.apiKeyDigest)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		var fault = this.faults.next();
		if (fault.isPresent()) {
			return fault.get().respond();
		}
		Rrn rrn;
		try {
			rrn = Rrn.parse(request.rrn());
		}
		catch (InvalidRrnException ex) {
			return ResponseEntity.badRequest().body(Map.of("error", ex.messageKey()));
		}
		LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now();
		return ResponseEntity.ok(new QualificationApi.Response(SOURCE, LEGAL_BASIS, asOf,
				this.dataset.getOrDefault(rrn.reveal(), List.of())));
	}

	private static Map<String, List<QualificationApi.Qualification>> load() {
		CsvMapper mapper = new CsvMapper();
		mapper.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
		mapper.enable(CsvParser.Feature.ALLOW_COMMENTS);
		CsvSchema schema = CsvSchema.emptySchema().withHeader().withComments();
		Map<String, List<QualificationApi.Qualification>> data = new HashMap<>();
		try (InputStream in = new ClassPathResource("simulator/qualifications.csv").getInputStream();
				MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class)
					.with(schema)
					.readValues(in)) {
			while (rows.hasNext()) {
				Map<String, String> row = rows.next();
				String validTo = row.get("valid_to");
				data.computeIfAbsent(Rrn.parse(row.get("rrn")).reveal(), k -> new ArrayList<>())
					.add(new QualificationApi.Qualification(QualificationKind.valueOf(row.get("kind")),
							LocalDate.parse(row.get("valid_from")),
							validTo == null || validTo.isBlank() ? null : LocalDate.parse(validTo), row.get("detail")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Map.copyOf(data);
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
