package io.bokjiflow.notifications.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.notifications.Notification;
import io.bokjiflow.notifications.Notifications;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Notifications in {@code nt_notification}: written by the notifiers, read by the bell of
 * the signed-in user.
 */
@Service
@Transactional
class NotificationStore implements Notifications {

	private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
	};

	private final JdbcTemplate jdbc;

	private final ObjectMapper json;

	private final Identity identity;

	private final Clock clock;

	NotificationStore(JdbcTemplate jdbc, ObjectMapper json, Identity identity, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.identity = identity;
		this.clock = clock;
	}

	/**
	 * Tells users something. The same subject raised again (a task assigned to me a
	 * second time) comes back as new and unread; reminders ({@code repeat = false}) are
	 * written once only.
	 * @return the users who got a new or renewed notification
	 */
	Set<String> tell(Collection<String> recipients, Notification.Kind kind, String subject, String applicationNo,
			String taskId, String messageKey, List<String> args, boolean repeat) {
		String argsJson;
		try {
			argsJson = this.json.writeValueAsString(args);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(ex);
		}
		String onConflict = repeat ? "do update set created_at = excluded.created_at, read_at = null, "
				+ "message_key = excluded.message_key, args = excluded.args" : "do nothing";
		Set<String> told = new LinkedHashSet<>();
		for (String recipient : new LinkedHashSet<>(recipients)) {
			int n = this.jdbc.update("""
					insert into nt_notification (id, recipient, kind, subject, application_no, task_id, message_key,
					    args, created_at)
					values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
					on conflict (recipient, kind, subject)
					""" + onConflict, UUID.randomUUID(), recipient, kind.name(), subject, applicationNo, taskId,
					messageKey, argsJson, Timestamp.from(this.clock.instant()));
			if (n > 0) {
				told.add(recipient);
			}
		}
		return told;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Notification> recent(int limit) {
		return this.jdbc.query("""
				select id, kind, application_no, task_id, message_key, args, created_at, read_at
				from nt_notification where recipient = ? order by created_at desc limit ?
				""",
				(rs, i) -> new Notification(rs.getObject("id", UUID.class),
						Notification.Kind.valueOf(rs.getString("kind")), rs.getString("application_no"),
						rs.getString("task_id"), rs.getString("message_key"), args(rs.getString("args")),
						rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("read_at") != null),
				me(), Math.max(1, Math.min(limit, 200)));
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount() {
		Long n = this.jdbc.queryForObject(
				"select count(*) from nt_notification where recipient = ? and read_at is null", Long.class, me());
		return n == null ? 0 : n;
	}

	@Override
	public void markRead(UUID id) {
		this.jdbc.update("update nt_notification set read_at = ? where id = ? and recipient = ? and read_at is null",
				Timestamp.from(this.clock.instant()), id, me());
	}

	@Override
	public void markAllRead() {
		this.jdbc.update("update nt_notification set read_at = ? where recipient = ? and read_at is null",
				Timestamp.from(this.clock.instant()), me());
	}

	private String me() {
		return this.identity.currentUser().username();
	}

	private List<String> args(String text) {
		try {
			return this.json.readValue(text, STRINGS);
		}
		catch (JsonProcessingException ex) {
			return List.of();
		}
	}

}
