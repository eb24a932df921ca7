package io.bokjiflow.notifications;

import java.util.List;
import java.util.UUID;

/**
 * The signed-in user's notifications.
 */
public interface Notifications {

	/**
	 * The newest notifications, unread and read.
	 * @param limit at most this many
	 * @return them, newest first
	 */
	List<Notification> recent(int limit);

	/**
	 * How many are unread.
	 * @return the count
	 */
	long unreadCount();

	/**
	 * Marks one read (someone else's is ignored).
	 * @param id the notification
	 */
	void markRead(UUID id);

	/** Marks all of the user's notifications read. */
	void markAllRead();

}
