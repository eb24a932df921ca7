package io.bokjiflow.ui.processes;

import java.util.List;
import java.util.Map;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import io.bokjiflow.operations.OperationsFixture;
import io.bokjiflow.operations.ProcessOperations.ProcessDefinitionSummary;
import io.bokjiflow.operations.ProcessOperations.TargetActivity;
import io.bokjiflow.ui.KaribuTest;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The process view and the batch screen against planted instances of a test process: the
 * supervisor's counts (own 시·군·구 only) in the definitions grid, on the diagram and per
 * activity; on the batch screen a cancellation without reason refused, a suspension
 * listed with its progress, and a migration whose unmapped activity is flagged, whose dry
 * run fails until the activity is mapped by hand, and which then runs; a caseworker can
 * open neither screen.
 */
class ProcessViewKaribuIT extends KaribuTest {

	@Autowired
	private RepositoryService repository;

	@Autowired
	private RuntimeService runtime;

	@Autowired
	private TaskService tasks;

	@Autowired
	private ManagementService management;

	private OperationsFixture fixture;

	private ProcessDefinition v1;

	private ProcessInstance atOldCheck;

	@BeforeEach
	void plant() {
		this.fixture = new OperationsFixture(this.repository, this.runtime, this.tasks, this.management);
		this.v1 = this.fixture.deployV1();
		ProcessInstance done = this.fixture.start(this.v1, "11680");
		this.fixture.completeTask(done.getId());
		this.fixture.completeTask(done.getId());
		this.fixture.completeTask(done.getId());
		this.fixture.start(this.v1, "11680");
		this.atOldCheck = this.fixture.start(this.v1, "11680");
		this.fixture.completeTask(this.atOldCheck.getId());
		this.fixture.start(this.v1, "11110");
	}

	private int row(com.vaadin.flow.component.grid.Grid<?> grid, String column, String value) {
		for (int i = 0; i < GridKt._size(grid); i++) {
			if (value.equals(GridKt._getFormatted(grid, i, column))) {
				return i;
			}
		}
		throw new AssertionError(value + " not in " + column);
	}

	@Test
	void shouldShowTheSupervisorsCountsOnTheDiagram() {
		openUiAs("sv.gangnam");
		UI.getCurrent().navigate(ProcessesView.class);
		ProcessesView view = _get(ProcessesView.class);
		assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).contains("프로세스 현황", "일괄 작업");
		_setValue(view.search, this.fixture.key.toUpperCase(java.util.Locale.ROOT));
		assertThat(GridKt._size(view.definitions)).as("the search keeps the fixture's process only").isEqualTo(1);
		_setValue(view.search, "");
		assertThat(GridKt._size(view.definitions)).isGreaterThan(1);
		int row = row(view.definitions, "key", this.fixture.key);
		assertThat(GridKt._getFormatted(view.definitions, row, "running")).as("not 11110's").isEqualTo("2");
		assertThat(GridKt._getFormatted(view.definitions, row, "incidents")).isEqualTo("0");

		ProcessDefinitionSummary summary = GridKt._get(view.definitions, row);
		view.definitions.select(summary);
		assertThat(view.version.getValue().id()).isEqualTo(this.v1.getId());
		assertThat(view.diagram.getXml()).contains("task_old_check");
		assertThat(view.diagram.getCounts()).contains("\"task_review\":{\"running\":1,\"incidents\":0,\"taken\":3}")
			.contains("\"task_old_check\":{\"running\":1,\"incidents\":0,\"taken\":2}")
			.contains("\"task_decide\":{\"running\":0,\"incidents\":0,\"taken\":1}");
		assertThat(view.diagram.isHeatmap()).isTrue();
		int review = row(view.activities, "activity", "task_review");
		assertThat(GridKt._getFormatted(view.activities, review, "taken")).isEqualTo("3");
		_setValue(view.heatmap, false);
		assertThat(view.diagram.isHeatmap()).isFalse();

		_click(view.batch);
		BatchOperationsView batch = _get(BatchOperationsView.class);
		assertThat(batch.definition.getValue().id()).isEqualTo(this.v1.getId());
		assertThat(GridKt._size(batch.instances)).isEqualTo(2);
	}

	@Test
	void shouldRunBatchesAndAMigrationFromTheBatchScreen() {
		ProcessDefinition v2 = this.fixture.deployV2();
		openUiAs("sv.gangnam");
		UI.getCurrent()
			.navigate(BatchOperationsView.class, QueryParameters.simple(Map.of("definition", this.v1.getId())));
		BatchOperationsView view = _get(BatchOperationsView.class);
		assertThat(view.target.getValue().id()).as("the next version is proposed").isEqualTo(v2.getId());
		assertThat(GridKt._size(view.instances)).isEqualTo(2);

		view.instances.asMultiSelect().select(GridKt._get(view.instances, 0), GridKt._get(view.instances, 1));
		_click(_get(Button.class, spec -> spec.withId("batch-cancel")));
		NotificationsKt.expectNotifications("취소 사유를 적으세요.");
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionId(this.v1.getId()).count()).isEqualTo(3);

		_click(_get(Button.class, spec -> spec.withId("migration-preview")));
		int oldCheck = row(view.mappings, "status", "⚠ 대응 없음");
		assertThat(oldCheck).as("unmapped first").isZero();
		assertThat(GridKt._get(view.mappings, oldCheck).sourceActivityId()).isEqualTo("task_old_check");
		assertThat(view.planErrors.getText()).contains("대응이 없는 단계 1개");

		view.instances.asMultiSelect().select(GridKt._get(view.instances, 0), GridKt._get(view.instances, 1));
		_click(_get(Button.class, spec -> spec.withId("migration-dry-run")));
		assertThat(view.dryRunSummary.getText()).startsWith("모의 실행: 2건 중 1건은 이관할 수 없습니다");
		assertThat(view.migrate.isEnabled()).isFalse();
		assertThat(this.runtime.createProcessInstanceQuery().processDefinitionId(this.v1.getId()).count()).isEqualTo(3);

		@SuppressWarnings("unchecked")
		ComboBox<TargetActivity> chooser = (ComboBox<TargetActivity>) GridKt._getCellComponent(view.mappings, oldCheck,
				"target");
		_setValue(chooser, new TargetActivity("task_new_check", "새 확인 (new check)"));
		assertThat(view.manual).containsEntry("task_old_check", "task_new_check");
		assertThat(GridKt._getFormatted(view.mappings,
				row(view.mappings, "source", "예전 확인 (old check) (task_old_check)"), "status"))
			.as("the plan is validated again at once")
			.isEqualTo("직접 지정");
		assertThat(view.planErrors.getText()).isEmpty();
		_click(_get(Button.class, spec -> spec.withId("migration-dry-run")));
		assertThat(view.dryRunSummary.getText()).startsWith("모의 실행 성공: 2건");
		assertThat(view.migrate.isEnabled()).isTrue();
		_setValue(_get(TextField.class, spec -> spec.withId("batch-reason")), "test: v2");
		_click(view.migrate);
		assertThat(GridKt._getFormatted(view.batches, 0, "kind")).isEqualTo("버전 이관");
		assertThat(GridKt._getFormatted(view.batches, 0, "by")).isEqualTo("sv.gangnam");
		assertThat(GridKt._getFormatted(view.batches, 0, "reason")).isEqualTo("test: v2");
		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(60))
			.until(() -> this.runtime.createProcessInstanceQuery().processDefinitionId(v2.getId()).count() == 2);
		view.refreshBatches();
		assertThat(List.of("진행 중", "완료")).contains(GridKt._getFormatted(view.batches, 0, "state"));
	}

	@Test
	void shouldKeepCaseworkersOut() {
		openUiAs("cw.gangnam");
		assertThat(_find(SideNavItem.class).stream().map(SideNavItem::getLabel)).doesNotContain("프로세스 현황", "일괄 작업");
		assertThatThrownBy(() -> UI.getCurrent().navigate(ProcessesView.class))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThatThrownBy(() -> UI.getCurrent().navigate(BatchOperationsView.class))
			.isInstanceOf(MockAccessDeniedException.class);
		assertThat(_find(ProcessesView.class)).isEmpty();
		assertThat(_find(BatchOperationsView.class)).isEmpty();
	}

}
