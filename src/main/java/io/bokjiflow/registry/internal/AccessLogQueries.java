package io.bokjiflow.registry.internal;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.identity.Identity;
import io.bokjiflow.registry.PersonDataAccessLog;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.AuditQuery;

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

	private final Registry registry;

	private final Identity identity;

	AccessLogQueries(JdbcClient jdbc, Registry registry, Identity identity) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.identity = identity;
	}

	private static final String WHERE = " where strpos(lower(accessed_by), :user) > 0"
			+ " and accessed_at >= :from and accessed_at < :to";

	@Override
	public List<AccessRecord> log(AuditQuery query, int offset, int limit) {
		requireAuditor();
		return this.jdbc
			.sql("select person_id, accessed_by, purpose, accessed_at from reg_access_audit" + WHERE
					+ " order by accessed_at desc, id desc offset :offset limit :limit")
			.params(query.sqlParameters())
			.param("offset", offset)
			.param("limit", limit)
			.query((rs, n) -> new Access(rs.getObject("person_id", UUID.class), rs.getString("accessed_by"),
					rs.getString("purpose"), rs.getObject("accessed_at", Timestamp.class).toInstant()))
			.list()
			.stream()
			.map(a -> {
				// Masked only: reading the log reveals no more than the log itself.
				PersonSummary person = this.registry.find(a.personId()).orElse(null);
				return new AccessRecord(a.personId(), person == null ? "" : person.maskedName(),
						person == null ? "" : person.maskedRrn(), a.accessedBy(), a.purpose(), a.accessedAt());
			})
			.toList();
	}

	@Override
	public long count(AuditQuery query) {
		requireAuditor();
		return this.jdbc.sql("select count(*) from reg_access_audit" + WHERE)
			.params(query.sqlParameters())
			.query(Long.class)
			.single();
	}

	private void requireAuditor() {
		this.identity.currentUser().requireAuditLogReader("The access log");
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
