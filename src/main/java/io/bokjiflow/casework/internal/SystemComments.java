package io.bokjiflow.casework.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Comments the system writes on a case (author {@code system}), e.g. why a case moved to
 * another 시·군·구. Each has an id derived from what caused it, so writing it again writes
 * nothing.
 */
@Component
class SystemComments {

	static final String AUTHOR = "system";

	static final String AUTHOR_NAME = "BokjiFlow (시스템)";

	private final JdbcTemplate jdbc;

	SystemComments(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Writes a comment once per cause.
	 * @param applicationId the case
	 * @param cause what caused it, unique per comment (e.g. the change feed's id)
	 * @param at when
	 * @param text the text (at most 2,000 characters)
	 * @return whether it was written now (false when it was there already)
	 */
	boolean write(UUID applicationId, String cause, Instant at, String text) {
		UUID id = UUID.nameUUIDFromBytes((applicationId + "|" + cause).getBytes(StandardCharsets.UTF_8));
		return this.jdbc.update("""
				insert into cw_comment (id, application_id, author, author_name, created_at, body)
				values (?, ?, ?, ?, ?, ?) on conflict (id) do nothing""", id, applicationId, AUTHOR, AUTHOR_NAME,
				Timestamp.from(at), text.length() > 2000 ? text.substring(0, 2000) : text) == 1;
	}

}
