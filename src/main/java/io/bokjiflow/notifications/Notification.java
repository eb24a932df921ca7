package io.bokjiflow.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One message in a user's bell.
 *
 * @param id the notification
 * @param kind what happened
 * @param applicationNo the case, or {@code null}
 * @param taskId the task, or {@code null}
 * @param messageKey the message key (localised by the UI)
 * @param args its arguments
 * @param createdAt when
 * @param read whether the user has read it
 */
public record Notification(UUID id, Kind kind, String applicationNo, String taskId, String messageKey,
		List<String> args, Instant createdAt, boolean read) {

	/** What a notification is about. */
	public enum Kind {

		/** A task was assigned to me. */
		ASSIGNED,
		/** A new task was offered to my group. */
		OFFERED,
		/** A task of mine or my group is due soon. */
		DUE_SOON,
		/** A case of my 시·군·구 is blocked by an incident. */
		INCIDENT

	}

}
