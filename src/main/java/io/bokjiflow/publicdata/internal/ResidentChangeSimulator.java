package io.bokjiflow.publicdata.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.publicdata.ResidentChange;
import io.bokjiflow.registry.InvalidRrnException;
import io.bokjiflow.registry.LifeEventKind;
import io.bokjiflow.registry.Rrn;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SIMULATOR of the resident register's daily change feed (행정안전부 주민등록 변동 정보) over real
 * HTTP: {@code GET /simulator/v1/resident-register/changes?date=&after=&size=} serves the
 * changes planted for a day in change-id order, page by page, with the faults and latency
 * configured or injected for {@link PublicDataSource#RESIDENT_REGISTER}; an administrator
 * plants changes at {@code POST /simulator/admin/resident-changes}. Runs only when
 * {@code bokjiflow.simulator.enabled} is true.
 */
@RestController
@RequestMapping("/simulator")
@ConditionalOnProperty(name = "bokjiflow.simulator.enabled", havingValue = "true")
class ResidentChangeSimulator {

	private static final String ERROR = "error";

	private final ResidentChangeStore store;

	private final SimulatorFaults faults;

	private final SourceCatalog catalog;

	private final byte[] apiKeyDigest;

	ResidentChangeSimulator(ResidentChangeStore store, SimulatorFaults faults, SourceCatalog catalog,
			@Value("${bokjiflow.simulator.api-key}") String apiKey) {
		this.store = store;
		this.faults = faults;
		this.catalog = catalog;
		this.apiKeyDigest = digest(apiKey);
	}

	@GetMapping(ResidentChangeApi.PATH)
	ResponseEntity<?> changes(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestParam("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(name = "after", required = false) String after,
			@RequestParam(name = "size", defaultValue = "100") int size) throws InterruptedException {
		if (!authorised(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		if (size < 1 || size > ResidentChangeApi.MAX_PAGE_SIZE) {
			return ResponseEntity.badRequest()
				.body(Map.of(ERROR, "size must be 1.." + ResidentChangeApi.MAX_PAGE_SIZE));
		}
		long latency = this.faults.latency(PublicDataSource.RESIDENT_REGISTER).toMillis();
		if (latency > 0) {
			Thread.sleep(latency);
		}
		var fault = this.faults.next(PublicDataSource.RESIDENT_REGISTER);
		if (fault.isPresent()) {
			return fault.get().respond();
		}
		List<ResidentChangeApi.Change> rows = this.store.page(date, after, size);
		boolean more = rows.size() > size;
		List<ResidentChangeApi.Change> page = more ? rows.subList(0, size) : rows;
		String nextAfter = more ? page.get(page.size() - 1).changeId() : null;
		return ResponseEntity.ok(new GatewayApi.Envelope<>(
				"SIMULATOR: " + this.catalog.info(PublicDataSource.RESIDENT_REGISTER).agencyKo() + " (simulated)",
				new ResidentChangeApi.Page(date, page, nextAfter)));
	}

	/**
	 * Plants a change into a day's feed, e.g.
	 * {@code {"feedDay":"2026-11-20","rrn":"…","kind":"DEATH","occurredOn":"2026-11-18"}};
	 * without a change id the simulator derives a stable one. Answers the id and whether
	 * the change was new.
	 */
	@PostMapping("/admin/resident-changes")
	ResponseEntity<?> plant(@RequestHeader(name = GatewayApi.API_KEY_HEADER, required = false) String key,
			@RequestBody ResidentChangeApi.Plant plant) {
		if (!authorised(key)) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
		}
		ResidentChange change;
		try {
			change = toChange(plant.changeId() == null ? "pending" : plant.changeId(), plant);
			if (plant.changeId() == null) {
				change = toChange(this.store.stableId(plant.feedDay(), change), plant);
			}
		}
		catch (InvalidRrnException ex) {
			return ResponseEntity.badRequest().body(Map.of(ERROR, ex.messageKey()));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			// The message names the missing or wrong field, never a number.
			return ResponseEntity.badRequest().body(Map.of(ERROR, String.valueOf(ex.getMessage())));
		}
		if (plant.feedDay() == null) {
			return ResponseEntity.badRequest().body(Map.of(ERROR, "feedDay"));
		}
		boolean created = this.store.plant(plant.feedDay(), change);
		return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK)
			.body(Map.of("changeId", change.changeId(), "created", created));
	}

	static ResidentChange toChange(String changeId, ResidentChangeApi.Plant p) {
		ResidentChangeApi.Move move = p.move();
		ResidentChangeApi.Qualification q = p.qualification();
		return new ResidentChange(changeId, Rrn.parse(p.rrn()), LifeEventKind.valueOf(p.kind()), p.occurredOn(),
				move == null ? null : move.adminDongCode(), move == null ? null : move.address(),
				q == null ? null : QualificationKind.valueOf(q.kind()), q == null ? null : q.began(),
				q == null ? null : q.ended());
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
