package io.bokjiflow.notifications;

import java.util.Set;

/**
 * Some users got new notifications (published after commit; the UI pushes the bell).
 *
 * @param recipients the users
 */
public record NotificationsChanged(Set<String> recipients) {
}
