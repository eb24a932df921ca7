package io.bokjiflow.notifications.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.bokjiflow.casework.CaseIncidentRaised;
import io.bokjiflow.casework.TaskAssigned;
import io.bokjiflow.casework.TaskDeadlines;
import io.bokjiflow.casework.TaskOffered;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgGroups;
import io.bokjiflow.notifications.Notification.Kind;
import io.bokjiflow.notifications.NotificationsChanged;
import io.bokjiflow.shared.ClockConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns casework's task and incident events into notifications, after the change has
 * committed and in a transaction of its own: a failure here never undoes a caseworker's
 * work, and nobody is told of a change that rolled back.
 */
@Component
class TaskNotifier {

	/** How far ahead the reminder looks. */
	static final Duration DUE_SOON = Duration.ofDays(2);

	private static final Logger log = LoggerFactory.getLogger(TaskNotifier.class);

	private final NotificationStore store;

	private final Identity identity;

	private final TaskDeadlines deadlines;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TaskNotifier(NotificationStore store, Identity identity, TaskDeadlines deadlines, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.identity = identity;
		this.deadlines = deadlines;
		this.events = events;
		this.clock = clock;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(TaskAssigned event) {
		if (event.assignee().equals(event.assignedBy())) {
			return; // my own claim needs no message
		}
		String by = event.assignedBy() == null ? "-"
				: this.identity.user(event.assignedBy()).map(CurrentUser::displayName).orElse(event.assignedBy());
		announce(this.store.tell(List.of(event.assignee()), Kind.ASSIGNED, event.taskId(), event.applicationNo(),
				event.taskId(), "notification.assigned", args(event.taskName(), event.applicationNo(), by), true));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(TaskOffered event) {
		List<String> members = this.identity.members(event.group()).stream().map(CurrentUser::username).toList();
		announce(this.store.tell(members, Kind.OFFERED, event.taskId(), event.applicationNo(), event.taskId(),
				"notification.offered", args(event.applicationNo()), true));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void on(CaseIncidentRaised event) {
		if (event.sigunguCode() == null) {
			return;
		}
		Set<String> recipients = new HashSet<>();
		for (String group : List.of(OrgGroups.caseworkers(event.sigunguCode()),
				OrgGroups.supervisors(event.sigunguCode()))) {
			this.identity.members(group).forEach(u -> recipients.add(u.username()));
		}
		announce(this.store.tell(recipients, Kind.INCIDENT, event.applicationNo() + ":" + event.activityId(),
				event.applicationNo(), null, "notification.incident", args(event.applicationNo()), true));
	}

	/**
	 * Reminds the holder (or, while unassigned, the group) of tasks due within two days.
	 * Runs hourly; each task and due date is reminded once.
	 */
	@Scheduled(cron = "0 5 * * * *", zone = "Asia/Seoul")
	@Transactional
	public void remindDueSoon() {
		Instant now = this.clock.instant();
		Set<String> told = new HashSet<>();
		for (TaskDeadlines.DueTask task : this.deadlines.dueBetween(now, now.plus(DUE_SOON))) {
			List<String> recipients = new ArrayList<>();
			if (task.assignee() != null) {
				recipients.add(task.assignee());
			}
			else {
				task.candidateGroups()
					.forEach(g -> this.identity.members(g).forEach(u -> recipients.add(u.username())));
			}
			LocalDate due = task.dueAt().atZone(ClockConfiguration.ZONE).toLocalDate();
			told.addAll(this.store.tell(recipients, Kind.DUE_SOON, task.taskId() + ":" + due, task.applicationNo(),
					task.taskId(), "notification.dueSoon", args(task.taskName(), task.applicationNo(), due.toString()),
					false));
		}
		if (!told.isEmpty()) {
			log.info("Due-date reminders sent to {} users", told.size());
		}
		announce(told);
	}

	private void announce(Set<String> recipients) {
		if (!recipients.isEmpty()) {
			this.events.publishEvent(new NotificationsChanged(Set.copyOf(recipients)));
		}
	}

	private static List<String> args(String... values) {
		List<String> list = new ArrayList<>();
		for (String v : values) {
			list.add(v == null ? "" : v);
		}
		return list;
	}

}
