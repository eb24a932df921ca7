package io.bokjiflow.ui;

import java.time.Duration;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextArea;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.ui.tasklist.TaskListView;
import io.bokjiflow.ui.tasklist.TaskView;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The task list and task view as a caseworker uses them: find the group's task, claim it,
 * open it, get a clear message for a missing decision, decide, and see the case decided.
 */
class TaskListKaribuIT extends KaribuTest {

	@Autowired
	private Casework casework;

	@Autowired
	private TaskService taskService;

	@Test
	void shouldClaimOpenAndCompleteATaskFromTheGroupList() {
		ApplicationSummary app = as("cw.gangnam", () -> this.casework.submit(new NewApplication("TRAVEL_VOUCHER",
				newApplicantRrn(), "박철수", "서울 강남구 역삼로 2", "1168064000", true, false, UUID.randomUUID().toString())));
		// The first test class of the suite: the job executor may still be busy with
		// start-up.
		Task task = awaitTask(app.applicationNo(), Duration.ofSeconds(90));

		openUiAs("cw.gangnam");
		UI.getCurrent().navigate(TaskListView.class);
		Tabs tabs = _get(Tabs.class);
		tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-group")));
		@SuppressWarnings("unchecked")
		Grid<TaskRow> grid = _get(Grid.class);
		int row = rowOf(grid, app.applicationNo());
		assertThat(GridKt._get(grid, row).applicantMasked()).isEqualTo("박*수");

		_click(button(grid, row, 0));
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee())
			.isEqualTo("cw.gangnam");
		assertThat(_get(Tab.class, spec -> spec.withId("tab-mine")).getLabel()).startsWith("내 업무");

		tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("tab-mine")));
		row = rowOf(grid, app.applicationNo());
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
		_click((Button) actions.getComponentAt(1));
		TaskView view = _get(TaskView.class);
		assertThat(view).isNotNull();

		// Deciding without choosing an outcome is refused on the server, with the field
		// marked.
		Button complete = _get(Button.class, spec -> spec.withId("complete-task"));
		_click(complete);
		@SuppressWarnings("unchecked")
		RadioButtonGroup<String> outcome = _get(RadioButtonGroup.class);
		assertThat(outcome.isInvalid()).isTrue();
		assertThat(outcome.getErrorMessage()).isEqualTo("필수 입력 항목입니다.");
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isOne();

		// The rejection reason appears only when rejecting.
		assertThat(_find(TextArea.class, spec -> spec.withId("form-field-reviewReason"))).isEmpty();
		_setValue(outcome, "REJECT");
		assertThat(_get(TextArea.class, spec -> spec.withId("form-field-reviewReason")).isVisible()).isTrue();
		_setValue(outcome, "APPROVE");
		_setValue(_get(Checkbox.class, spec -> spec.withId("form-field-evidenceChecked")), true);
		_click(complete);

		_get(TaskListView.class);
		assertThat(this.taskService.createTaskQuery().taskId(task.getId()).count()).isZero();
		await().atMost(Duration.ofSeconds(10))
			.until(() -> as("cw.gangnam", () -> this.casework.caseFile(app.id())).orElseThrow().application().status(),
					s -> s == ApplicationStatus.APPROVED);
	}

	private static int rowOf(Grid<TaskRow> grid, String applicationNo) {
		for (int i = 0; i < GridKt._size(grid); i++) {
			if (applicationNo.equals(GridKt._get(grid, i).applicationNo())) {
				return i;
			}
		}
		throw new AssertionError("No row for " + applicationNo);
	}

	private static Button button(Grid<TaskRow> grid, int row, int index) {
		HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(grid, row, "actions");
		return (Button) actions.getComponentAt(index);
	}

}
