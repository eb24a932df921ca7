package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bokjiflow.publicdata.Assets;
import io.bokjiflow.publicdata.Incomes;
import io.bokjiflow.publicdata.Insurance;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationFact;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.QualificationReport;
import io.bokjiflow.publicdata.ResidentRecord;
import io.bokjiflow.registry.InvalidRrnException;
import io.bokjiflow.registry.Masking;
import io.bokjiflow.registry.Rrn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR of the public-data agencies over real HTTP (국세청, 국민연금공단, 건강보험공단, 근로복지공단, 지방세,
 * 국토교통부, 금융기관, 주민등록, 사회보장정보원), answering from the synthetic records in the {@code pds_*}
 * tables: the generated population and the fixture residents. Every answer names the
 * simulator as its agency. Checks the agency API key, plays the configured latency and
 * faults ({@link SimulatorFaults}). Runs only when {@code bokjiflow.simulator.enabled} is
 * true.
 */
@RestController
@RequestMapping("/simulator")
@ConditionalOnProperty(name = "bokjiflow.simulator.enabled", havingValue = "true")
class AgencySimulator {

	private static final String ERROR = "error";

	private final JdbcTemplate jdbc;

	private final SimulatorKeys keys;

	private final SimulatorFaults faults;

	private final SourceCatalog catalog;

	private final byte[] apiKeyDigest;

	AgencySimulator(JdbcTemplate jdbc, SimulatorKeys keys, SimulatorFaults faults, SourceCatalog catalog,
			@Value("${bokjiflow.simulator.api-key}") String apiKey) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.faults = faults;
		this.catalog = catalog;
		this.apiKeyDigest = digest(apiKey);
	}

	@PostMapping("/v1/qualifications")
	ResponseEntity<?> qualifications(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.QUALIFICATION, key, request, rrn -> {
			LocalDate asOf = request.asOf() != null ? request.asOf() : LocalDate.now();
			List<QualificationFact> facts = this.jdbc.query(
					"select kind, valid_from, valid_to, detail from pds_qualification where rrn_hash = ? order by valid_from",
					(rs, i) -> new QualificationFact(QualificationKind.valueOf(rs.getString(1)),
							rs.getDate(2).toLocalDate(), rs.getDate(3) == null ? null : rs.getDate(3).toLocalDate(),
							rs.getString(4)),
					this.keys.personKey(rrn));
			return Optional.of(new QualificationReport(asOf, facts));
		});
	}

	@PostMapping("/v1/national-tax/incomes")
	ResponseEntity<?> nationalTax(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.NATIONAL_TAX, key, request,
				rrn -> Optional.of(incomes(rrn, request.year(), "kind <> 'PENSION'")));
	}

	@PostMapping("/v1/national-pension/payments")
	ResponseEntity<?> pension(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.NATIONAL_PENSION, key, request,
				rrn -> Optional.of(incomes(rrn, request.year(), "kind = 'PENSION'")));
	}

	@PostMapping("/v1/health-insurance")
	ResponseEntity<?> health(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.HEALTH_INSURANCE, key, request, rrn -> this.jdbc.query(
				"select health_kind, health_premium_won, health_income_base_won from pds_insurance where rrn_hash = ?",
				(rs, i) -> new Insurance(rs.getString(1), rs.getLong(2), rs.getLong(3), false, null),
				this.keys.personKey(rrn))
			.stream()
			.findFirst());
	}

	@PostMapping("/v1/employment-insurance")
	ResponseEntity<?> employment(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.EMPLOYMENT_INSURANCE, key, request, rrn -> Optional.of(this.jdbc
			.query("select employment_insured, employer from pds_insurance where rrn_hash = ?",
					(rs, i) -> new Insurance(null, 0, 0, rs.getBoolean(1), rs.getString(2)), this.keys.personKey(rrn))
			.stream()
			.findFirst()
			.orElse(new Insurance(null, 0, 0, false, null))));
	}

	@PostMapping("/v1/local-tax/properties")
	ResponseEntity<?> localTax(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.LOCAL_TAX, key, request,
				rrn -> Optional.of(assets(rrn, request.asOf(), "'HOUSING', 'LAND', 'BUILDING'")));
	}

	@PostMapping("/v1/molit/assets")
	ResponseEntity<?> molit(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.LAND_VEHICLE, key, request,
				rrn -> Optional.of(assets(rrn, request.asOf(), "'VEHICLE', 'RENT_DEPOSIT'")));
	}

	@PostMapping("/v1/financial-assets")
	ResponseEntity<?> financial(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		if (request.consentReference() == null || request.consentReference().isBlank()) {
			return ResponseEntity.badRequest().body(Map.of(ERROR, "financial-data consent required"));
		}
		return answer(PublicDataSource.FINANCIAL, key, request,
				rrn -> Optional.of(assets(rrn, request.asOf(), "'DEPOSIT', 'SECURITIES', 'INSURANCE', 'DEBT'")));
	}

	@PostMapping("/v1/resident-register")
	ResponseEntity<?> residents(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody GatewayApi.Request request) throws InterruptedException {
		return answer(PublicDataSource.RESIDENT_REGISTER, key, request, rrn -> {
			byte[] person = this.keys.personKey(rrn);
			return this.jdbc.query(
					"select status, status_changed_on, admin_dong_code, moved_in_on, household_no from pds_person where rrn_hash = ?",
					(rs, i) -> new ResidentRecord(rs.getString(1), date(rs.getDate(2)), rs.getString(3),
							date(rs.getDate(4)), household(rs.getLong(5))),
					person)
				.stream()
				.findFirst();
		});
	}

	/** Clears every injected fault (configured behaviour stays). */
	@DeleteMapping("/admin/faults")
	ResponseEntity<?> clearFaults(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key) {
		if (!authorised(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		this.faults.clear();
		return ResponseEntity.noContent().build();
	}

	/**
	 * Injects a fault, e.g.
	 * {@code {"source":"NATIONAL_TAX","mode":"UNAVAILABLE","calls":0}} (no source = every
	 * source; calls 0 = until cleared).
	 */
	@PostMapping("/admin/faults")
	ResponseEntity<?> injectFault(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody FaultRequest fault) {
		if (!authorised(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		if (fault.source() == null) {
			this.faults.inject(fault.mode(), fault.calls());
		}
		else {
			this.faults.inject(fault.source(), fault.mode(), fault.calls());
		}
		return ResponseEntity.noContent().build();
	}

	record FaultRequest(PublicDataSource source, SimulatorFaults.Mode mode, int calls) {
	}

	private interface Lookup {

		Optional<?> find(Rrn rrn);

	}

	private ResponseEntity<?> answer(PublicDataSource source, String key, GatewayApi.Request request, Lookup lookup)
			throws InterruptedException {
		if (!authorised(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		long latency = this.faults.latency(source).toMillis();
		if (latency > 0) {
			Thread.sleep(latency);
		}
		var fault = this.faults.next(source);
		if (fault.isPresent()) {
			return fault.get().respond();
		}
		Rrn rrn;
		try {
			rrn = Rrn.parse(request.rrn());
		}
		catch (InvalidRrnException ex) {
			return ResponseEntity.badRequest().body(Map.of(ERROR, ex.messageKey()));
		}
		Optional<?> data = lookup.find(rrn);
		if (data.isEmpty()) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of(ERROR, "no such record"));
		}
		return ResponseEntity.ok(new GatewayApi.Envelope<>(
				"SIMULATOR: " + this.catalog.info(source).agencyKo() + " (simulated)", data.get()));
	}

	private Incomes incomes(Rrn rrn, Integer year, String kindFilter) {
		int y = year != null ? year : LocalDate.now().getYear() - 1;
		return new Incomes(y,
				this.jdbc.query(
						"select kind, annual_won from pds_income where rrn_hash = ? and year = ? and " + kindFilter
								+ " order by kind",
						(rs, i) -> new Incomes.Item(rs.getString(1), rs.getLong(2)), this.keys.personKey(rrn), y));
	}

	private Assets assets(Rrn rrn, LocalDate asOf, String kinds) {
		return new Assets(asOf != null ? asOf : LocalDate.now(), this.jdbc.query(
				"select kind, value_won, detail from pds_asset where rrn_hash = ? and kind in (" + kinds
						+ ") order by kind, seq",
				(rs, i) -> new Assets.Item(rs.getString(1), rs.getLong(2), rs.getString(3)), this.keys.personKey(rrn)));
	}

	private List<ResidentRecord.Member> household(long householdNo) {
		return this.jdbc.query(
				"select name, relationship, birth_date, sex, status from pds_person where household_no = ? order by birth_date",
				(rs, i) -> new ResidentRecord.Member(Masking.name(rs.getString(1)), rs.getString(2),
						rs.getDate(3).toLocalDate().getYear(), rs.getString(4), rs.getString(5)),
				householdNo);
	}

	private static LocalDate date(Date d) {
		return d == null ? null : d.toLocalDate();
	}

	private boolean authorised(String key) {
		return key != null && MessageDigest.isEqual(digest(key), this.apiKeyDigest);
	}

	private static byte[] digest(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
