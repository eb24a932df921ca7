package io.bokjiflow.casework.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bokjiflow.casework.OpenApplications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Open applications read from {@code cw_application}: every status but the decided ones
 * (APPROVED, REJECTED), in chunks of persons.
 */
@Service
class JdbcOpenApplications implements OpenApplications {

	private static final int CHUNK = 2_000;

	private final JdbcTemplate jdbc;

	JdbcOpenApplications(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<UUID, Set<String>> openPrograms(Collection<UUID> personIds) {
		Map<UUID, Set<String>> open = new HashMap<>();
		List<UUID> ids = new ArrayList<>(personIds);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			UUID[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(UUID[]::new);
			this.jdbc.query("""
					select person_id, program_code from cw_application
					where person_id = any(?) and status not in ('APPROVED', 'REJECTED')""", rs -> {
				open.computeIfAbsent(rs.getObject(1, UUID.class), k -> new HashSet<>()).add(rs.getString(2));
			}, (Object) chunk);
		}
		return open;
	}

}
