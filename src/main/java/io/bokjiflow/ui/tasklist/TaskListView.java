package io.bokjiflow.ui.tasklist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.i18n.UiLocale;
import jakarta.annotation.security.RolesAllowed;

/**
 * The caseworker's task list: my tasks and my group's tasks, with the business data of
 * each case; claim, give back and open.
 */
@Route(value = "tasks", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class TaskListView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final CaseTasks tasks;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final CurrentUser user;

	final Grid<TaskRow> grid = new Grid<>();

	final Tab mineTab = new Tab();

	final Tab groupTab = new Tab();

	private final Tabs tabs = new Tabs(this.mineTab, this.groupTab);

	private TaskScope scope = TaskScope.MINE;

	public TaskListView(CaseTasks tasks, ProgramCatalog catalog, Identity identity) {
		this.tasks = tasks;
		this.catalog = catalog;
		this.identity = identity;
		this.user = identity.currentUser();
		addClassName("task-list-view");
		setSizeFull();

		this.mineTab.setId("tab-mine");
		this.groupTab.setId("tab-group");
		this.tabs.addSelectedChangeListener(e -> {
			this.scope = e.getSelectedTab() == this.groupTab ? TaskScope.GROUP : TaskScope.MINE;
			refresh();
		});

		configureGrid();
		Button reload = new Button(getTranslation("tasks.refresh"), e -> refresh());
		reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		reload.setId("refresh-tasks");
		HorizontalLayout bar = new HorizontalLayout(this.tabs, reload);
		bar.setWidthFull();
		bar.expand(this.tabs);
		add(new H2(getTranslation("tasks.title")), bar, this.grid);
		if (tasks.count(TaskScope.MINE) == 0 && tasks.count(TaskScope.GROUP) > 0) {
			this.tabs.setSelectedTab(this.groupTab);
		}
		refresh();
	}

	private void configureGrid() {
		this.grid.setId("task-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
		this.grid.setSizeFull();
		this.grid.addColumn(TaskRow::applicationNo)
			.setHeader(getTranslation("tasks.col.applicationNo"))
			.setKey("applicationNo")
			.setAutoWidth(true);
		this.grid
			.addColumn(r -> this.catalog.program(r.programCode()).map(p -> p.name(getLocale())).orElse(r.programCode()))
			.setHeader(getTranslation("tasks.col.program"))
			.setKey("program")
			.setAutoWidth(true);
		this.grid.addColumn(r -> UiLocale.pick(r.taskName(), getLocale()))
			.setHeader(getTranslation("tasks.col.task"))
			.setKey("task")
			.setAutoWidth(true);
		this.grid.addColumn(TaskRow::applicantMasked)
			.setHeader(getTranslation("tasks.col.applicant"))
			.setKey("applicant")
			.setAutoWidth(true);
		this.grid.addColumn(r -> dongName(r.adminDongCode()))
			.setHeader(getTranslation("tasks.col.adminDong"))
			.setKey("adminDong")
			.setAutoWidth(true);
		this.grid.addColumn(r -> DATE_TIME.format(r.createdAt()))
			.setHeader(getTranslation("tasks.col.created"))
			.setKey("created")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::due)
			.setHeader(getTranslation("tasks.col.due"))
			.setKey("due")
			.setAutoWidth(true);
		this.grid.addColumn(r -> r.assignee() == null ? "-" : r.assignee())
			.setHeader(getTranslation("tasks.col.assignee"))
			.setKey("assignee")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("tasks.col.actions"))
			.setKey("actions")
			.setAutoWidth(true);
		this.grid.addItemDoubleClickListener(e -> open(e.getItem()));
		this.grid.setEmptyStateText(getTranslation("tasks.empty"));
	}

	private String dongName(String code) {
		return code == null ? "" : this.identity.organization(code).map(o -> o.name(getLocale())).orElse(code);
	}

	private Component due(TaskRow row) {
		Span span = new Span(row.dueOn() == null ? "-" : row.dueOn().toString());
		if (row.dueOn() != null && row.dueOn().isBefore(LocalDate.now(ClockConfiguration.ZONE))) {
			span.getElement().getThemeList().add("badge error");
		}
		return span;
	}

	private Component actions(TaskRow row) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(true);
		if (row.assignee() == null) {
			Button claim = new Button(getTranslation("tasks.claim"), e -> claim(row));
			claim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			claim.addClassName("claim-button");
			actions.add(claim);
		}
		else if (row.assignee().equals(this.user.username())) {
			Button unclaim = new Button(getTranslation("tasks.unclaim"), e -> unclaim(row));
			unclaim.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			unclaim.addClassName("unclaim-button");
			actions.add(unclaim);
		}
		Button open = new Button(getTranslation("tasks.open"), e -> open(row));
		open.addThemeVariants(ButtonVariant.LUMO_SMALL);
		open.addClassName("open-button");
		actions.add(open);
		return actions;
	}

	void claim(TaskRow row) {
		try {
			this.tasks.claim(row.taskId());
			Notification
				.show(getTranslation("tasks.claimed", row.applicationNo()), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		refresh();
	}

	void unclaim(TaskRow row) {
		this.tasks.unclaim(row.taskId());
		refresh();
	}

	void open(TaskRow row) {
		getUI().ifPresent(ui -> ui.navigate(TaskView.class,
				new com.vaadin.flow.router.RouteParameters(Map.of(TaskView.TASK_ID, row.taskId()))));
	}

	void refresh() {
		this.mineTab.setLabel(getTranslation("tasks.tab.mine", this.tasks.count(TaskScope.MINE)));
		this.groupTab.setLabel(getTranslation("tasks.tab.group", this.tasks.count(TaskScope.GROUP)));
		TaskScope current = this.scope;
		this.grid.setItems(q -> this.tasks.tasks(current, q.getOffset(), q.getLimit()).stream(),
				q -> (int) this.tasks.count(current));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("tasks.title") + " · BokjiFlow";
	}

}
