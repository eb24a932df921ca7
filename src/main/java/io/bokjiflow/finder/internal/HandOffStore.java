package io.bokjiflow.finder.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.finder.HandOff;
import io.bokjiflow.finder.HandOffs;
import io.bokjiflow.finder.SelfCheckAnswers;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.UserFacingException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hand-off codes in {@code fnd_handoff}: eight characters of an alphabet without the
 * easily confused 0/O, 1/I/L (31 characters, about 8.5 × 10¹¹ codes), drawn with
 * {@link SecureRandom}, shown as {@code XXXX-XXXX}; expired rows are deleted every night.
 */
@Service
class HandOffStore implements HandOffs {

	/** The characters of a code. */
	static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

	static final int LENGTH = 8;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final Clock clock;

	HandOffStore(JdbcTemplate jdbc, ObjectMapper json, ProgramCatalog catalog, Identity identity, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.catalog = catalog;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional
	public HandOff create(SelfCheckAnswers answers, String programCode) {
		if (programCode == null || this.catalog.program(programCode).isEmpty()) {
			throw new UserFacingException("finder.error.program");
		}
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.SECONDS);
		Instant expires = now.plus(Duration.ofDays(VALID_DAYS));
		String payload = write(answers);
		for (int attempt = 0;; attempt++) {
			String code = newCode();
			try {
				this.jdbc.update(
						"insert into fnd_handoff (code, program_code, answers, created_at, expires_at) values (?, ?, cast(? as jsonb), ?, ?)",
						code, programCode, payload, Timestamp.from(now), Timestamp.from(expires));
				return new HandOff(display(code), programCode, answers, now, expires);
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 5) {
					throw ex;
				}
			}
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<HandOff> find(String typed) {
		if (!this.identity.currentUser().has(Role.CASEWORKER)) {
			throw new AccessDeniedException("Hand-off codes are for caseworkers");
		}
		String code = normalise(typed);
		if (code == null) {
			return Optional.empty();
		}
		List<HandOff> found = this.jdbc.query(
				"select code, program_code, answers::text, created_at, expires_at from fnd_handoff where code = ? and expires_at > ?",
				(rs, i) -> new HandOff(display(rs.getString(1)), rs.getString(2), read(rs.getString(3)),
						rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant()),
				code, Timestamp.from(this.clock.instant()));
		return found.stream().findFirst();
	}

	/** Deletes the expired hand-offs (nightly). */
	@Scheduled(cron = "0 17 3 * * *")
	@Transactional
	public void deleteExpired() {
		this.jdbc.update("delete from fnd_handoff where expires_at <= ?", Timestamp.from(this.clock.instant()));
	}

	static String newCode() {
		StringBuilder code = new StringBuilder(LENGTH);
		for (int i = 0; i < LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return code.toString();
	}

	/** The code as typed, without case, spaces and dashes; {@code null} if malformed. */
	static String normalise(String typed) {
		if (typed == null) {
			return null;
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
		if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
			return null;
		}
		return code;
	}

	static String display(String code) {
		return code.substring(0, 4) + "-" + code.substring(4);
	}

	private String write(SelfCheckAnswers answers) {
		try {
			return this.json.writeValueAsString(answers);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Answers not writable", ex);
		}
	}

	private SelfCheckAnswers read(String payload) {
		try {
			return this.json.readValue(payload, SelfCheckAnswers.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Stored answers not readable", ex);
		}
	}

}
