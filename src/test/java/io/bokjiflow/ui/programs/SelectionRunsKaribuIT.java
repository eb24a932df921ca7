package io.bokjiflow.ui.programs;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.SelectionProgress;
import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.openmarket.SelectionRuns;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.ui.KaribuTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The selection-runs view: a local official starts a run of 강남구's holiday money, the
 * progress and the summary follow by push (no reload) while the run waits for approval
 * and while its payments are ordered, and a supervisor approves it with the view's
 * button; the starter sees no approve button.
 */
class SelectionRunsKaribuIT extends KaribuTest {

	@Autowired
	private SelectionRuns runs;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	@SuppressWarnings("unchecked")
	void shouldStartARunAndFollowItsProgressByPushUntilTheSummary() {
		openUiAs("official.gangnam");
		UI.getCurrent().navigate("selection-runs");

		ComboBox<ProgramVersion> program = _get(ComboBox.class, spec -> spec.withId("selection-program"));
		List<ProgramVersion> offered = program.getListDataView().getItems().toList();
		assertThat(offered).extracting(ProgramVersion::programCode).contains("L11680-HOLIDAY", "L11680-HEATING");
		assertThat(offered).allSatisfy(v -> {
			assertThat(v.content().sigunguCode()).isEqualTo("11680");
			assertThat(v.content().taskType()).isIn(TaskType.HOLIDAY_CONSOLATION, TaskType.SEASONAL_HEATING);
		});
		program.setValue(offered.stream().filter(v -> v.programCode().equals("L11680-HOLIDAY")).findFirst().get());
		_click(_get(Button.class, spec -> spec.withId("selection-start")));

		Grid<SelectionRun> grid = _get(Grid.class, spec -> spec.withId("selection-runs-grid"));
		SelectionRun run = GridKt._get(grid, 0);
		assertThat(run.programCode()).isEqualTo("L11680-HOLIDAY");
		assertThat(run.startedBy()).isEqualTo("official.gangnam");
		Span text = _get(Span.class, spec -> spec.withId("selection-progress-text"));

		// the view learns of the approval wait by push
		awaitPushed(text, "승인 대기");
		SelectionProgress waiting = as("official.gangnam", () -> this.runs.progress(run.id()));
		assertThat(summary("sum-selected")).isEqualTo(waiting.selected());
		assertThat(summary("sum-candidates")).isEqualTo(waiting.candidates());
		assertThat(summary("sum-excluded_deceased"))
			.isEqualTo(waiting.outcomes().get(io.bokjiflow.openmarket.SelectionOutcome.EXCLUDED_DECEASED));
		assertThat(_get(ProgressBar.class, spec -> spec.withId("selection-progress")).getValue()).isZero();
		// the starter is shown the task link but no approve button
		assertThat(_get(Div.class, spec -> spec.withId("selection-detail")).getElement().toString())
			.doesNotContain("selection-approve");

		// another person approves: the starter's window follows to the summary
		as("sv.gangnam", () -> {
			this.runs.approve(run.id());
			return null;
		});
		awaitPushed(text, "완료");
		SelectionProgress done = as("official.gangnam", () -> this.runs.progress(run.id()));
		assertThat(done.ordered()).isEqualTo(done.selected());
		assertThat(summary("sum-ordered")).isEqualTo(done.selected());
		assertThat(_get(ProgressBar.class, spec -> spec.withId("selection-progress")).getValue()).isEqualTo(1.0);
		assertThat(_get(Div.class, spec -> spec.withId("sum-amount")).getElement().getTextRecursively())
			.contains(String.format("%,d", done.selected() * 50_000));
	}

	@Test
	@SuppressWarnings("unchecked")
	void shouldLetAnotherSupervisorApproveWithTheViewsButton() {
		SelectionRun run = as("official.gangnam",
				() -> this.runs.start("L11680-HOLIDAY", java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul"))));
		awaitStatus(run.id(), "AWAITING_APPROVAL");
		openUiAs("sv.gangnam");
		// The approval task is in the supervisor's task list; opening it leads to this
		// view.
		UI.getCurrent().navigate(io.bokjiflow.ui.tasklist.TaskListView.class);
		_get(com.vaadin.flow.component.tabs.Tabs.class)
			.setSelectedTab(_get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("tab-group")));
		Grid<io.bokjiflow.casework.TaskRow> tasks = _get(Grid.class);
		io.bokjiflow.casework.TaskRow approval = java.util.stream.IntStream.range(0, GridKt._size(tasks))
			.mapToObj(i -> GridKt._get(tasks, i))
			.filter(t -> run.runNo().equals(t.applicationNo()))
			.findFirst()
			.orElseThrow(() -> new AssertionError("approval task of " + run.runNo() + " not listed"));
		_get(io.bokjiflow.ui.tasklist.TaskListView.class).open(approval);
		_get(io.bokjiflow.ui.programs.SelectionRunsView.class);
		Grid<SelectionRun> grid = _get(Grid.class, spec -> spec.withId("selection-runs-grid"));
		SelectionRun row = java.util.stream.IntStream.range(0, GridKt._size(grid))
			.mapToObj(i -> GridKt._get(grid, i))
			.filter(r -> r.id().equals(run.id()))
			.findFirst()
			.orElseThrow();
		grid.select(row);

		_click(_get(Button.class, spec -> spec.withId("selection-approve")));

		awaitStatus(run.id(), "COMPLETED");
		assertThat(this.jdbc.queryForObject("select approved_by from om_selection_run where id = ?", String.class,
				run.id()))
			.isEqualTo("sv.gangnam");
	}

	private long summary(String id) {
		String text = _get(Div.class, spec -> spec.withId(id)).getElement().getTextRecursively();
		return Long.parseLong(text.substring(text.indexOf(':') + 1).replaceAll("[^0-9]", ""));
	}

	private void awaitPushed(Span text, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.pollInSameThread()
			.pollInterval(Duration.ofMillis(300))
			.until(() -> {
				MockVaadin.clientRoundtrip();
				return text.getText().contains(status);
			});
	}

	private void awaitStatus(UUID runId, String status) {
		Awaitility.await()
			.atMost(Duration.ofSeconds(60))
			.until(() -> this.jdbc.queryForObject("select status from om_selection_run where id = ?", String.class,
					runId), status::equals);
	}

}
