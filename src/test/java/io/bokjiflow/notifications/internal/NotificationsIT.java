package io.bokjiflow.notifications.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.notifications.Notification;
import io.bokjiflow.notifications.Notifications;
import io.bokjiflow.testing.IntegrationTest;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who hears of what: the group of a new task, the assignee of a reassigned one (not the
 * one who claims for themselves), the holder of a task due soon — once — and nobody of
 * another 시·군·구.
 */
class NotificationsIT extends IntegrationTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private Notifications notifications;

	@Autowired
	private TaskNotifier notifier;

	@Autowired
	private TaskService taskService;

	private ApplicationSummary app;

	private Task task;

	@BeforeEach
	void aReviewTask() {
		this.app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER", newApplicantRrn(),
				"노을", null, "1168064000", true, false, UUID.randomUUID().toString())));
		this.task = awaitTask(this.app.applicationNo());
	}

	@AfterEach
	void completeIt() {
		approveOpenTasks(List.of(this.app.applicationNo()));
	}

	@Test
	void shouldTellTheGroupOfANewTaskButNobodyElsewhere() {
		assertThat(about(this.task.getId(), "cw.gangnam2")).extracting(Notification::kind)
			.contains(Notification.Kind.OFFERED);
		assertThat(about(this.task.getId(), "cw.jongno")).isEmpty();
	}

	@Test
	void shouldTellTheAssigneeButNotSomeoneWhoClaimsForThemselves() {
		as("cw.gangnam", () -> {
			this.tasks.claim(this.task.getId());
			return null;
		});
		assertThat(about(this.task.getId(), "cw.gangnam")).extracting(Notification::kind)
			.doesNotContain(Notification.Kind.ASSIGNED);
		as("cw.gangnam", () -> this.tasks.reassign(List.of(this.task.getId()), "cw.gangnam2"));
		assertThat(about(this.task.getId(), "cw.gangnam2")).filteredOn(n -> n.kind() == Notification.Kind.ASSIGNED)
			.singleElement()
			.satisfies(n -> {
				assertThat(n.read()).isFalse();
				assertThat(n.args()).contains(this.app.applicationNo(), "김민지");
			});
	}

	@Test
	void shouldRemindOfATaskDueSoonOnlyOnce() {
		as("cw.gangnam", () -> {
			this.tasks.claim(this.task.getId());
			return null;
		});
		this.taskService.setDueDate(this.task.getId(), Date.from(Instant.now().plus(20, ChronoUnit.HOURS)));
		this.notifier.remindDueSoon();
		this.notifier.remindDueSoon();
		assertThat(about(this.task.getId(), "cw.gangnam")).filteredOn(n -> n.kind() == Notification.Kind.DUE_SOON)
			.hasSize(1);
		assertThat(about(this.task.getId(), "cw.gangnam2")).extracting(Notification::kind)
			.doesNotContain(Notification.Kind.DUE_SOON);
	}

	private List<Notification> about(String taskId, String user) {
		return as(user, () -> this.notifications.recent(200)).stream().filter(n -> taskId.equals(n.taskId())).toList();
	}

}
