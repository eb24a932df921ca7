/**
 * Notifications: the in-app bell. Tells a caseworker when a task is assigned to them or
 * offered to their group, when a due date nears and when an incident blocks a case of
 * their 시·군·구. Listens to casework's events after they commit; publishes
 * {@link Notifications} and the event {@link NotificationsChanged}.
 */
package io.bokjiflow.notifications;
