package io.bokjiflow.registry.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.registry.PersonDataAccessLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads {@code reg_access_audit} for {@link PersonDataAccessLog}.
 */
@Service
@Transactional(readOnly = true)
class AccessLogQueries implements PersonDataAccessLog {

	private final JdbcClient jdbc;

	AccessLogQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Access> accesses(Collection<UUID> personIds, String purposeContaining) {
		if (personIds.isEmpty() || purposeContaining == null || purposeContaining.isBlank()) {
			return List.of();
		}
		return this.jdbc.sql("""
				select person_id, accessed_by, purpose, accessed_at from reg_access_audit
				where person_id in (:persons) and strpos(purpose, :ref) > 0
				order by accessed_at desc, id desc limit 500""")
			.param("persons", personIds)
			.param("ref", purposeContaining)
			.query((rs, n) -> new Access(rs.getObject("person_id", UUID.class), rs.getString("accessed_by"),
					rs.getString("purpose"), rs.getObject("accessed_at", Timestamp.class).toInstant()))
			.list();
	}

}
