package io.bokjiflow.ui.tasklist;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.identity.Absences;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.notifications.Notifications;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.ui.KaribuTest;
import io.bokjiflow.ui.absence.AbsenceView;
import io.bokjiflow.ui.home.HomeView;
import io.bokjiflow.ui.push.NotificationBell;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The caseworker's workplace in the browserless UI: filtering and saving a filter, bulk
 * claim, the bell that is pushed when a supervisor assigns work, and absence cover.
 */
class TaskWorkplaceKaribuIT extends KaribuTest {

	@Autowired
	private Casework casework;

	@Autowired
	private CaseTasks tasks;

	@Autowired
	private TaskService taskService;

	@Autowired
	private Absences absences;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private Notifications notifications;

	private List<ApplicationSummary> apps;

	@BeforeEach
	void twoReviewTasks() {
		this.apps = List.of(submit("오세훈"), submit("남궁민"));
		this.apps.forEach(a -> awaitTask(a.applicationNo()));
		this.jdbc.update("delete from nt_notification where recipient = 'cw.gangnam'");
	}

	private ApplicationSummary submit(String name) {
		return as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER", newApplicantRrn(), name,
				null, "1168064000", true, false, UUID.randomUUID().toString())));
	}

	@AfterEach
	void cleanUp() {
		MockVaadin.tearDown();
		approveOpenTasks(this.apps.stream().map(ApplicationSummary::applicationNo).toList());
		for (String user : List.of("cw.gangnam", "cw.gangnam2")) {
			as(user, () -> {
				this.absences.mine().forEach(a -> this.absences.cancel(a.id()));
				this.tasks.savedFilters()
					.stream()
					.filter(f -> f.owner().equals(user))
					.forEach(f -> this.tasks.deleteFilter(f.id()));
				return null;
			});
		}
	}

	@Test
	void shouldFilterSaveTheFilterAndBringItBackWithItsCount() {
		openUiAs("cw.gangnam");
		TaskListView view = UI.getCurrent().navigate(TaskListView.class).orElseThrow();
		view.tabs.setSelectedTab(view.groupTab);
		_setValue(view.applicationNo, this.apps.get(0).applicationNo());
		assertThat(rows(view.grid)).extracting(TaskRow::applicationNo)
			.containsExactly(this.apps.get(0).applicationNo());

		_click(_get(Button.class, spec -> spec.withId("filter-save")));
		_setValue(_get(TextField.class, spec -> spec.withId("save-filter-name")), "오세훈 건");
		_setValue(_get(Checkbox.class, spec -> spec.withId("save-filter-shared")), true);
		_click(_get(Button.class, spec -> spec.withId("save-filter-ok")));
		assertThat(savedChips(view)).contains("오세훈 건 (1)");

		_click(_get(Button.class, spec -> spec.withId("filter-clear")));
		assertThat(view.applicationNo.getValue()).isEmpty();
		assertThat(rows(view.grid)).extracting(TaskRow::applicationNo)
			.contains(this.apps.get(0).applicationNo(), this.apps.get(1).applicationNo());

		_click(_get(Button.class, spec -> spec.withText("오세훈 건 (1)")));
		assertThat(view.applicationNo.getValue()).isEqualTo(this.apps.get(0).applicationNo());
		assertThat(view.tabs.getSelectedTab()).isSameAs(view.groupTab);
		assertThat(rows(view.grid)).hasSize(1);

		// The count follows the tasks: once claimed, the group filter holds none.
		as("cw.gangnam2", () -> {
			this.tasks.claim(GridKt._get(view.grid, 0).taskId());
			return null;
		});
		view.refreshCounts();
		assertThat(savedChips(view)).contains("오세훈 건 (0)");
	}

	@Test
	void shouldLetTheSupervisorSeeTheTeamByAssigneeAndPriority() {
		List<String> taskIds = this.apps.stream()
			.map(a -> this.taskService.createTaskQuery().processInstanceBusinessKey(a.applicationNo()).singleResult())
			.map(Task::getId)
			.toList();
		as("cw.gangnam2", () -> {
			this.tasks.claim(taskIds.get(0));
			return null;
		});
		this.taskService.setPriority(taskIds.get(1), 80);

		openUiAs("sv.gangnam");
		TaskListView view = UI.getCurrent().navigate(TaskListView.class).orElseThrow();
		view.tabs.setSelectedTab(view.teamTab);
		assertThat(ids(rows(view.grid))).containsAll(taskIds);
		_setValue(view.assignee, this.identity.user("cw.gangnam2").orElseThrow());
		assertThat(ids(rows(view.grid))).contains(taskIds.get(0)).doesNotContain(taskIds.get(1));
		view.assignee.clear();
		_setValue(view.highPriorityOnly, true);
		assertThat(ids(rows(view.grid))).contains(taskIds.get(1)).doesNotContain(taskIds.get(0));
		assertThat(rows(view.grid)).filteredOn(r -> r.taskId().equals(taskIds.get(1)))
			.singleElement()
			.satisfies(r -> assertThat(r.priority()).isEqualTo(80));

		// The supervisor's start page counts the team's open tasks.
		UI.getCurrent().navigate(HomeView.class);
		Div team = _get(Div.class, spec -> spec.withId("card-team-tasks"));
		long shown = Long.parseLong(((Span) team.getChildren().findFirst().orElseThrow()).getText());
		assertThat(shown).isEqualTo(this.tasks.count(TaskScope.TEAM)).isGreaterThanOrEqualTo(2);
	}

	@Test
	void shouldBulkClaimTheSelectedTasks() {
		openUiAs("cw.gangnam");
		TaskListView view = UI.getCurrent().navigate(TaskListView.class).orElseThrow();
		view.tabs.setSelectedTab(view.groupTab);
		List<TaskRow> mine = rows(view.grid).stream()
			.filter(r -> this.apps.stream().anyMatch(a -> a.applicationNo().equals(r.applicationNo())))
			.toList();
		assertThat(mine).hasSize(2);
		assertThat(view.bulkClaim.isEnabled()).isFalse();
		mine.forEach(view.grid::select);
		assertThat(_get(Span.class, spec -> spec.withId("selection-info")).getText()).isEqualTo("선택 2건");
		_click(view.bulkClaim);
		for (TaskRow row : mine) {
			assertThat(this.taskService.createTaskQuery().taskId(row.taskId()).singleResult().getAssignee())
				.isEqualTo("cw.gangnam");
		}
		assertThat(view.grid.getSelectedItems()).isEmpty();
		assertThat(view.mineTab.getLabel()).matches("내 업무 \\(\\d+\\)");
		view.tabs.setSelectedTab(view.mineTab);
		assertThat(rows(view.grid)).extracting(TaskRow::taskId)
			.containsAll(mine.stream().map(TaskRow::taskId).toList());
	}

	@Test
	void shouldRingTheBellWhenTheSupervisorAssignsATask() {
		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(TaskListView.class);
		// The badge is hidden while nothing is unread; find it through the bell.
		Span badge = _get(NotificationBell.class).badge();
		// New tasks of the group ring the bell too, so compare with what was unread
		// before.
		long before = this.notifications.unreadCount();

		String taskId = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(this.apps.get(1).applicationNo())
			.singleResult()
			.getId();
		as("sv.gangnam", () -> this.tasks.reassign(List.of(taskId), "cw.gangnam"));
		MockVaadin.clientRoundtrip();
		assertThat(badge.isVisible()).isTrue();
		assertThat(Long.parseLong(badge.getText())).isGreaterThan(before);

		_click(_get(Button.class, spec -> spec.withId("notification-bell")));
		Button item = _find(Button.class, spec -> spec.withClasses("notification-item")).stream()
			.filter(b -> b.getText().contains("최수영님이"))
			.findFirst()
			.orElseThrow();
		assertThat(item.getText()).contains(this.apps.get(1).applicationNo()).contains("배정했습니다");
		assertThat(item.hasClassName("unread")).isTrue();
		long unread = this.notifications.unreadCount();
		_click(item);
		assertThat(_get(TaskView.class)).isNotNull();
		assertThat(this.notifications.unreadCount()).isEqualTo(unread - 1);
	}

	@Test
	void shouldLetTheCoverTakeOverTheTasksOfAnAbsentColleague() {
		String taskId = this.taskService.createTaskQuery()
			.processInstanceBusinessKey(this.apps.get(0).applicationNo())
			.singleResult()
			.getId();
		as("cw.gangnam", () -> {
			this.tasks.claim(taskId);
			return null;
		});
		openUiAs("cw.gangnam");
		AbsenceView absence = UI.getCurrent().navigate(AbsenceView.class).orElseThrow();
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
		_setValue(_get(DatePicker.class, spec -> spec.withId("absence-to")), today.plusDays(1));
		@SuppressWarnings("unchecked")
		ComboBox<CurrentUser> cover = _get(ComboBox.class, spec -> spec.withId("absence-cover"));
		_setValue(cover, this.identity.user("cw.gangnam2").orElseThrow());
		_setValue(_get(TextField.class, spec -> spec.withId("absence-note")), "연가");
		_click(_get(Button.class, spec -> spec.withId("absence-save")));
		assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("absence-grid")))).isOne();
		MockVaadin.tearDown();

		openUiAs("cw.gangnam2");
		TaskListView view = UI.getCurrent().navigate(TaskListView.class).orElseThrow();
		assertThat(view.coverTab.getLabel()).matches("대리 업무 \\([1-9]\\d*\\)");
		view.tabs.setSelectedTab(view.coverTab);
		int row = rows(view.grid).stream().map(TaskRow::taskId).toList().indexOf(taskId);
		assertThat(row).isNotNegative();
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(view.grid, row, "actions");
		Button takeOver = (Button) actions.getComponentAt(0);
		assertThat(takeOver.hasClassName("take-over-button")).isTrue();
		_click(takeOver);
		assertThat(this.taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee())
			.isEqualTo("cw.gangnam2");
		assertThat(absence).isNotNull();
	}

	private static List<TaskRow> rows(Grid<TaskRow> grid) {
		return java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i)).toList();
	}

	private static List<String> savedChips(TaskListView view) {
		return view.savedBar.getChildren()
			.filter(c -> c.hasClassName("saved-filter"))
			.map(c -> ((Button) c).getText())
			.toList();
	}

	static Set<String> ids(List<TaskRow> rows) {
		return Set.copyOf(rows.stream().map(TaskRow::taskId).toList());
	}

}
