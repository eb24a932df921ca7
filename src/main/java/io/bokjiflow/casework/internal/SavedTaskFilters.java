package io.bokjiflow.casework.internal;

import java.time.Clock;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.casework.SavedTaskFilter;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Saved task-list filters in {@code cw_task_filter}: the user's own, and the shared ones
 * of their organisation. A stored filter that no longer reads (an older shape) is skipped
 * with a warning rather than breaking the task list.
 */
@Component
class SavedTaskFilters {

	static final int MAX_NAME = 80;

	static final int MAX_PER_USER = 50;

	private static final Logger log = LoggerFactory.getLogger(SavedTaskFilters.class);

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Clock clock;

	SavedTaskFilters(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	List<SavedTaskFilter> visibleTo(CurrentUser user) {
		return this.jdbc.query("""
				select id, name, owner, shared, criteria from cw_task_filter
				where owner = ? or (shared and org_code = ?)
				order by owner = ? desc, name
				""", (rs, i) -> {
			try {
				return new SavedTaskFilter(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("owner"),
						rs.getBoolean("shared"), this.json.readValue(rs.getString("criteria"), TaskFilter.class));
			}
			catch (JsonProcessingException ex) {
				log.warn("Saved filter {} no longer reads: {}", rs.getString("id"), ex.getOriginalMessage());
				return null;
			}
		}, user.username(), user.organization().code(), user.username())
			.stream()
			.filter(java.util.Objects::nonNull)
			.toList();
	}

	SavedTaskFilter save(CurrentUser user, String name, boolean shared, TaskFilter filter) {
		String clean = name == null ? "" : name.strip();
		if (clean.isEmpty() || clean.length() > MAX_NAME) {
			throw new UserFacingException("tasks.filter.error.name", MAX_NAME);
		}
		Integer mine = this.jdbc.queryForObject("select count(*) from cw_task_filter where owner = ? and name <> ?",
				Integer.class, user.username(), clean);
		if (mine != null && mine >= MAX_PER_USER) {
			throw new UserFacingException("tasks.filter.error.tooMany", MAX_PER_USER);
		}
		String criteria;
		try {
			criteria = this.json.writeValueAsString(filter);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		UUID id = this.jdbc.queryForObject("""
				insert into cw_task_filter (id, owner, org_code, name, shared, criteria, created_at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?)
				on conflict (owner, name) do update set shared = excluded.shared, criteria = excluded.criteria
				returning id
				""", UUID.class, UUID.randomUUID(), user.username(), user.organization().code(), clean, shared,
				criteria, Timestamp.from(this.clock.instant()));
		return new SavedTaskFilter(id, clean, user.username(), shared, filter);
	}

	void delete(CurrentUser user, UUID id) {
		if (this.jdbc.update("delete from cw_task_filter where id = ? and owner = ?", id, user.username()) == 0) {
			throw new UserFacingException("tasks.filter.error.notYours");
		}
	}

}
