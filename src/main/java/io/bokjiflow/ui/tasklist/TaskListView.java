package io.bokjiflow.ui.tasklist;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AttachEvent;
import io.bokjiflow.integrity.ImpactReview;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.openmarket.SelectionRuns;
import io.bokjiflow.outreach.OutreachWorklist;
import io.bokjiflow.ui.outreach.OutreachView;
import io.bokjiflow.ui.integrity.ConflictReviewView;
import io.bokjiflow.payments.PaymentDesk;
import io.bokjiflow.ui.integrity.ImpactReviewView;
import io.bokjiflow.ui.payments.PaymentsView;
import io.bokjiflow.ui.programs.SelectionRunsView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.ui.cases.CaseView;
import com.vaadin.flow.shared.Registration;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.BulkResult;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.SavedTaskFilter;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskRow;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.casework.TaskSort;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.identity.Role;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.i18n.UiLocale;
import io.bokjiflow.ui.push.UiBroadcaster;
import jakarta.annotation.security.RolesAllowed;

/**
 * The caseworker's task list: scopes as tabs (mine, my group's, my team's for
 * supervisors, absent colleagues' I cover), filters on the case's business data, saved
 * personal and shared filters with live counts, sorting, selection for bulk claim and
 * reassignment, and the keyboard (arrows move, space selects, Enter opens).
 */
@Route(value = "tasks", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class TaskListView extends VerticalLayout implements HasDynamicTitle {

	/** The case flags a caseworker can filter by. */
	static final List<String> FLAGS = List.of("NEW_APPLICANT", "NO_RECORD", "ADDRESS_MISMATCH", "RECENT_STATUS_CHANGE");

	/** Camunda priority from which a task counts as high (the default is 50). */
	static final int HIGH_PRIORITY = 70;

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd")
		.withZone(ClockConfiguration.ZONE);

	private final CaseTasks tasks;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final UiBroadcaster broadcaster;

	private final CurrentUser user;

	final Grid<TaskRow> grid = new Grid<>();

	final Tab mineTab = new Tab();

	final Tab groupTab = new Tab();

	final Tab teamTab = new Tab();

	final Tab coverTab = new Tab();

	private final Map<Tab, TaskScope> scopes = new LinkedHashMap<>();

	final Tabs tabs = new Tabs();

	final MultiSelectComboBox<Program> programs = new MultiSelectComboBox<>();

	final ComboBox<Organization> dong = new ComboBox<>();

	final TextField applicationNo = new TextField();

	final MultiSelectComboBox<ApplicationStatus> statuses = new MultiSelectComboBox<>();

	final MultiSelectComboBox<String> flags = new MultiSelectComboBox<>();

	final DatePicker dueBy = new DatePicker();

	final DatePicker appliedFrom = new DatePicker();

	final DatePicker appliedTo = new DatePicker();

	final Checkbox overdueOnly = new Checkbox();

	final Checkbox incidentOnly = new Checkbox();

	final Checkbox highPriorityOnly = new Checkbox();

	final ComboBox<CurrentUser> assignee = new ComboBox<>();

	final FlexLayout savedBar = new FlexLayout();

	final Span selectionInfo = new Span();

	final Button bulkClaim = new Button();

	final Button bulkReassign = new Button();

	private TaskScope scope = TaskScope.MINE;

	private SavedTaskFilter activeSaved;

	private boolean applyingSaved;

	private TaskRow focused;

	private CallbackDataProvider<TaskRow, Void> provider;

	private Registration pushRegistration;

	public TaskListView(CaseTasks tasks, ProgramCatalog catalog, Identity identity, UiBroadcaster broadcaster) {
		this.tasks = tasks;
		this.catalog = catalog;
		this.identity = identity;
		this.broadcaster = broadcaster;
		this.user = identity.currentUser();
		addClassName("task-list-view");
		setSizeFull();

		configureTabs();
		configureFilters();
		configureGrid();
		configureBulkActions();

		Button reload = new Button(getTranslation("tasks.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
		reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		reload.setId("refresh-tasks");
		HorizontalLayout bar = new HorizontalLayout(this.tabs, reload);
		bar.setWidthFull();
		bar.expand(this.tabs);

		HorizontalLayout bulk = new HorizontalLayout(this.selectionInfo, this.bulkClaim, this.bulkReassign);
		bulk.setAlignItems(FlexComponent.Alignment.BASELINE);
		bulk.addClassName("bulk-bar");

		add(new H2(getTranslation("tasks.title")), bar, this.savedBar, filterBar(), bulk, this.grid);
		if (tasks.count(TaskScope.MINE) == 0 && tasks.count(TaskScope.GROUP) > 0) {
			this.tabs.setSelectedTab(this.groupTab);
		}
		refresh();
	}

	private void configureTabs() {
		this.mineTab.setId("tab-mine");
		this.groupTab.setId("tab-group");
		this.teamTab.setId("tab-team");
		this.coverTab.setId("tab-cover");
		this.scopes.put(this.mineTab, TaskScope.MINE);
		this.scopes.put(this.groupTab, TaskScope.GROUP);
		if (this.user.has(Role.SUPERVISOR)) {
			this.scopes.put(this.teamTab, TaskScope.TEAM);
		}
		this.scopes.put(this.coverTab, TaskScope.COVER);
		this.scopes.keySet().forEach(this.tabs::add);
		this.tabs.addSelectedChangeListener(e -> {
			this.scope = this.scopes.getOrDefault(e.getSelectedTab(), TaskScope.MINE);
			if (!this.applyingSaved) {
				this.activeSaved = null;
			}
			reloadRows();
		});
	}

	private void configureFilters() {
		this.programs.setLabel(getTranslation("tasks.filter.program"));
		this.programs.setId("filter-program");
		this.programs.setItems(this.catalog.applicablePrograms());
		this.programs.setItemLabelGenerator(p -> p.name(getLocale()));
		this.dong.setLabel(getTranslation("tasks.filter.adminDong"));
		this.dong.setId("filter-dong");
		this.dong.setItems(
				this.user.sigunguCode() == null ? List.of() : this.identity.communityCentres(this.user.sigunguCode()));
		this.dong.setItemLabelGenerator(o -> o.name(getLocale()));
		this.dong.setClearButtonVisible(true);
		this.applicationNo.setLabel(getTranslation("tasks.filter.applicationNo"));
		this.applicationNo.setId("filter-application-no");
		this.applicationNo.setValueChangeMode(ValueChangeMode.LAZY);
		this.applicationNo.setClearButtonVisible(true);
		this.applicationNo.setMaxLength(30);
		this.statuses.setLabel(getTranslation("tasks.filter.status"));
		this.statuses.setId("filter-status");
		this.statuses.setItems(ApplicationStatus.SUBMITTED, ApplicationStatus.INVESTIGATING,
				ApplicationStatus.IN_REVIEW);
		this.statuses.setItemLabelGenerator(s -> getTranslation("applicationStatus." + s.name()));
		this.flags.setLabel(getTranslation("tasks.filter.flags"));
		this.flags.setId("filter-flags");
		this.flags.setItems(FLAGS);
		this.flags.setItemLabelGenerator(f -> getTranslation("flag." + f));
		this.dueBy.setLabel(getTranslation("tasks.filter.dueBy"));
		this.dueBy.setId("filter-due-by");
		this.dueBy.setClearButtonVisible(true);
		this.appliedFrom.setLabel(getTranslation("tasks.filter.appliedFrom"));
		this.appliedFrom.setId("filter-applied-from");
		this.appliedFrom.setClearButtonVisible(true);
		this.appliedTo.setLabel(getTranslation("tasks.filter.appliedTo"));
		this.appliedTo.setId("filter-applied-to");
		this.appliedTo.setClearButtonVisible(true);
		this.overdueOnly.setLabel(getTranslation("tasks.filter.overdue"));
		this.overdueOnly.setId("filter-overdue");
		this.incidentOnly.setLabel(getTranslation("tasks.filter.incident"));
		this.incidentOnly.setId("filter-incident");
		this.highPriorityOnly.setLabel(getTranslation("tasks.filter.highPriority"));
		this.highPriorityOnly.setId("filter-high-priority");
		this.assignee.setLabel(getTranslation("tasks.filter.assignee"));
		this.assignee.setId("filter-assignee");
		List<CurrentUser> people = new ArrayList<>(this.tasks.colleagues());
		people.add(0, this.user);
		this.assignee.setItems(people);
		this.assignee.setItemLabelGenerator(u -> u.displayName() + " · " + u.organization().name(getLocale()));
		this.assignee.setClearButtonVisible(true);
		HasValue<?, ?>[] fields = { this.programs, this.dong, this.applicationNo, this.statuses, this.flags, this.dueBy,
				this.appliedFrom, this.appliedTo, this.overdueOnly, this.incidentOnly };
		for (HasValue<?, ?> field : fields) {
			field.addValueChangeListener(e -> {
				if (!this.applyingSaved) {
					this.activeSaved = null;
					reloadRows();
				}
			});
		}
	}

	private Component filterBar() {
		Button clear = new Button(getTranslation("tasks.filter.clear"), VaadinIcon.CLOSE_SMALL.create(),
				e -> clearFilters());
		clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		clear.setId("filter-clear");
		Button save = new Button(getTranslation("tasks.filter.save"), VaadinIcon.BOOKMARK.create(),
				e -> openSaveDialog());
		save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		save.setId("filter-save");
		FlexLayout fields = new FlexLayout(this.programs, this.dong, this.applicationNo, this.statuses, this.flags,
				this.assignee, this.dueBy, this.appliedFrom, this.appliedTo, this.overdueOnly, this.highPriorityOnly,
				this.incidentOnly, clear, save);
		fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		fields.setAlignItems(FlexComponent.Alignment.BASELINE);
		fields.addClassName("task-filters");
		fields.getStyle().set("gap", "var(--lumo-space-s) var(--lumo-space-m)");
		return fields;
	}

	private void configureGrid() {
		this.grid.setId("task-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
		this.grid.setSelectionMode(Grid.SelectionMode.MULTI);
		this.grid.setSizeFull();
		this.grid.setMultiSort(false);
		this.grid.addColumn(TaskRow::applicationNo)
			.setHeader(getTranslation("tasks.col.applicationNo"))
			.setKey("applicationNo")
			.setSortProperty(TaskSort.APPLICATION_NO.name())
			.setAutoWidth(true);
		this.grid
			.addColumn(r -> this.catalog.program(r.programCode()).map(p -> p.name(getLocale())).orElse(r.programCode()))
			.setHeader(getTranslation("tasks.col.program"))
			.setKey("program")
			.setSortProperty(TaskSort.PROGRAM.name())
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
		this.grid.addColumn(r -> r.appliedAt() == null ? "" : DATE.format(r.appliedAt()))
			.setHeader(getTranslation("tasks.col.applied"))
			.setKey("applied")
			.setSortProperty(TaskSort.APPLIED.name())
			.setAutoWidth(true);
		this.grid.addColumn(r -> r.createdAt() == null ? "" : DATE_TIME.format(r.createdAt()))
			.setHeader(getTranslation("tasks.col.created"))
			.setKey("created")
			.setSortProperty(TaskSort.CREATED.name())
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::due)
			.setHeader(getTranslation("tasks.col.due"))
			.setKey("due")
			.setSortProperty(TaskSort.DUE.name())
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::priority)
			.setHeader(getTranslation("tasks.col.priority"))
			.setKey("priority")
			.setSortProperty(TaskSort.PRIORITY.name())
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::flagBadges)
			.setHeader(getTranslation("tasks.col.flags"))
			.setKey("flags")
			.setAutoWidth(true);
		this.grid.addColumn(this::assigneeText)
			.setHeader(getTranslation("tasks.col.assignee"))
			.setKey("assignee")
			.setAutoWidth(true);
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("tasks.col.actions"))
			.setKey("actions")
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setFrozenToEnd(true);
		this.grid.addItemDoubleClickListener(e -> open(e.getItem()));
		this.grid.addCellFocusListener(e -> this.focused = e.getItem().orElse(null));
		Shortcuts.addShortcutListener(this.grid, () -> {
			if (this.focused != null) {
				open(this.focused);
			}
		}, Key.ENTER).listenOn(this.grid);
		this.grid.addSelectionListener(e -> updateBulkBar());
		this.grid.setEmptyStateText(getTranslation("tasks.empty"));
		this.grid.getElement().setAttribute("aria-label", getTranslation("tasks.title"));
		this.provider = new CallbackDataProvider<>(
				q -> this.tasks.tasks(filter(q.getSortOrders()), q.getOffset(), q.getLimit()).stream(),
				q -> (int) Math.min(Integer.MAX_VALUE, this.tasks.count(filter(List.of()))), TaskRow::taskId);
		this.grid.setItems(this.provider);
		this.grid.sort(List.of(new GridSortOrder<>(this.grid.getColumnByKey("due"), SortDirection.ASCENDING)));
	}

	private void configureBulkActions() {
		this.selectionInfo.setId("selection-info");
		this.bulkClaim.setText(getTranslation("tasks.bulk.claim"));
		this.bulkClaim.setId("bulk-claim");
		this.bulkClaim.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
		this.bulkClaim.addClickListener(e -> claimSelected());
		this.bulkReassign.setText(getTranslation("tasks.bulk.reassign"));
		this.bulkReassign.setId("bulk-reassign");
		this.bulkReassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
		this.bulkReassign.addClickListener(
				e -> chooseColleague(getTranslation("tasks.bulk.reassign"), colleague -> reassignSelected(colleague)));
		updateBulkBar();
	}

	/** The filter the fields, the tab and the grid's sort describe. */
	TaskFilter filter(List<com.vaadin.flow.data.provider.QuerySortOrder> sortOrders) {
		TaskSort sort = TaskSort.DUE;
		boolean descending = false;
		if (!sortOrders.isEmpty()) {
			sort = TaskSort.valueOf(sortOrders.get(0).getSorted());
			descending = sortOrders.get(0).getDirection() == SortDirection.DESCENDING;
		}
		return new TaskFilter(this.scope,
				this.programs.getValue().stream().map(Program::code).collect(Collectors.toSet()),
				this.dong.getValue() == null ? null : this.dong.getValue().code(), this.applicationNo.getValue(),
				this.appliedFrom.getValue(), this.appliedTo.getValue(), this.dueBy.getValue(),
				this.overdueOnly.getValue(), this.highPriorityOnly.getValue() ? HIGH_PRIORITY : null,
				this.statuses.getValue(), this.assignee.getValue() == null ? null : this.assignee.getValue().username(),
				this.flags.getValue(), this.incidentOnly.getValue(), null, sort, descending);
	}

	private String dongName(String code) {
		return code == null ? "" : this.identity.organization(code).map(o -> o.name(getLocale())).orElse(code);
	}

	private String assigneeText(TaskRow row) {
		if (row.assignee() == null) {
			return "-";
		}
		String name = displayName(row.assignee());
		return row.delegated() ? getTranslation("tasks.delegatedBy", name, displayName(row.owner())) : name;
	}

	private String displayName(String username) {
		return this.identity.user(username).map(CurrentUser::displayName).orElse(username);
	}

	private Component due(TaskRow row) {
		Span span = new Span(row.dueOn() == null ? "-" : row.dueOn().toString());
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
		if (row.dueOn() != null && row.dueOn().isBefore(today)) {
			span.getElement().getThemeList().add("badge error");
			span.setTitle(getTranslation("tasks.overdue"));
		}
		else if (row.dueOn() != null && !row.dueOn().isAfter(today.plusDays(2))) {
			span.getElement().getThemeList().add("badge contrast");
			span.setTitle(getTranslation("tasks.dueSoon"));
		}
		return span;
	}

	private Component priority(TaskRow row) {
		String level = row.priority() >= HIGH_PRIORITY ? "high" : row.priority() < 30 ? "low" : "normal";
		Span span = new Span(getTranslation("tasks.priority." + level));
		if ("high".equals(level)) {
			span.getElement().getThemeList().add("badge error");
		}
		return span;
	}

	private Component flagBadges(TaskRow row) {
		HorizontalLayout badges = new HorizontalLayout();
		badges.setSpacing(false);
		badges.getStyle().set("gap", "var(--lumo-space-xs)");
		if (row.incident()) {
			Span incident = new Span(getTranslation("tasks.flag.incident"));
			incident.getElement().getThemeList().add("badge error primary small");
			incident.addClassName("incident-badge");
			badges.add(incident);
		}
		for (String flag : row.flags()) {
			Span badge = new Span(getTranslation("tasks.flag." + flag));
			badge.getElement().getThemeList().add("badge small");
			badge.setTitle(getTranslation("flag." + flag));
			badges.add(badge);
		}
		return badges;
	}

	private Component actions(TaskRow row) {
		HorizontalLayout actions = new HorizontalLayout();
		actions.setSpacing(true);
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
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
		else if (this.scope == TaskScope.COVER) {
			Button takeOver = new Button(getTranslation("tasks.takeOver"), e -> claim(row));
			takeOver.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
			takeOver.addClassName("take-over-button");
			actions.add(takeOver);
		}
		Button open = new Button(getTranslation("tasks.open"), e -> open(row));
		open.addThemeVariants(ButtonVariant.LUMO_SMALL);
		open.addClassName("open-button");
		actions.add(open);
		RouterLink caseLink = new RouterLink(getTranslation("tasks.case"), CaseView.class,
				CaseView.parameters(row.applicationNo()));
		caseLink.addClassName("case-link");
		actions.add(caseLink);
		if (this.user.username().equals(row.assignee()) && !row.delegated()) {
			Button delegate = new Button(getTranslation("tasks.delegate"),
					e -> chooseColleague(getTranslation("tasks.delegate"), colleague -> delegate(row, colleague)));
			delegate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			delegate.addClassName("delegate-button");
			actions.add(delegate);
		}
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
			error(ex);
		}
		refresh();
	}

	void unclaim(TaskRow row) {
		try {
			this.tasks.unclaim(row.taskId());
		}
		catch (UserFacingException ex) {
			error(ex);
		}
		refresh();
	}

	void delegate(TaskRow row, CurrentUser colleague) {
		try {
			this.tasks.delegate(row.taskId(), colleague.username());
			Notification
				.show(getTranslation("tasks.delegated", row.applicationNo(), colleague.displayName()), 3000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (UserFacingException ex) {
			error(ex);
		}
		refresh();
	}

	void claimSelected() {
		report(this.tasks.claimAll(selectedIds()), "tasks.bulk.claimed");
	}

	void reassignSelected(CurrentUser colleague) {
		report(this.tasks.reassign(selectedIds(), colleague.username()), "tasks.bulk.reassigned");
	}

	private List<String> selectedIds() {
		return this.grid.getSelectedItems().stream().map(TaskRow::taskId).toList();
	}

	private void report(BulkResult result, String doneKey) {
		int total = result.done().size() + result.refused().size();
		List<String> reasons = new ArrayList<>();
		result.refused()
			.values()
			.stream()
			.map(r -> getTranslation(r.messageKey(), r.args()))
			.distinct()
			.forEach(reasons::add);
		String text = getTranslation(doneKey, result.done().size(), total) + (reasons.isEmpty() ? ""
				: " " + getTranslation("tasks.bulk.refused", result.refused().size(), String.join(" / ", reasons)));
		Notification shown = Notification.show(text, reasons.isEmpty() ? 4000 : 8000,
				Notification.Position.BOTTOM_START);
		shown.addThemeVariants(reasons.isEmpty() ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_WARNING);
		shown.setId("bulk-result");
		this.grid.deselectAll();
		refresh();
	}

	private void chooseColleague(String title, java.util.function.Consumer<CurrentUser> then) {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(title);
		dialog.setId("colleague-dialog");
		ComboBox<CurrentUser> colleague = new ComboBox<>(getTranslation("tasks.colleague"));
		colleague.setId("colleague");
		colleague.setItems(this.tasks.colleagues());
		colleague.setItemLabelGenerator(u -> u.displayName() + " · " + u.organization().name(getLocale()));
		colleague.setWidthFull();
		colleague.setRequired(true);
		Button ok = new Button(getTranslation("tasks.colleague.ok"), e -> {
			if (colleague.getValue() == null) {
				colleague.setInvalid(true);
				colleague.setErrorMessage(getTranslation("form.error.required"));
				return;
			}
			dialog.close();
			then.accept(colleague.getValue());
		});
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		ok.setId("colleague-ok");
		Button cancel = new Button(getTranslation("tasks.colleague.cancel"), e -> dialog.close());
		dialog.add(colleague);
		dialog.getFooter().add(cancel, ok);
		dialog.open();
		colleague.focus();
	}

	private void openSaveDialog() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("tasks.filter.save"));
		dialog.setId("save-filter-dialog");
		TextField name = new TextField(getTranslation("tasks.filter.name"));
		name.setId("save-filter-name");
		name.setMaxLength(80);
		name.setRequired(true);
		name.setWidthFull();
		if (this.activeSaved != null && this.activeSaved.owner().equals(this.user.username())) {
			name.setValue(this.activeSaved.name());
		}
		Checkbox shared = new Checkbox(getTranslation("tasks.filter.shared"));
		shared.setId("save-filter-shared");
		Button ok = new Button(getTranslation("tasks.filter.saveOk"), e -> {
			try {
				this.activeSaved = this.tasks.saveFilter(name.getValue(), shared.getValue(), filter(List.of()));
				dialog.close();
				refresh();
			}
			catch (UserFacingException ex) {
				name.setInvalid(true);
				name.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
			}
		});
		ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		ok.setId("save-filter-ok");
		dialog.add(new VerticalLayout(name, shared));
		dialog.getFooter().add(new Button(getTranslation("tasks.colleague.cancel"), e -> dialog.close()), ok);
		dialog.open();
		name.focus();
	}

	/** Applies a saved filter: its scope and fields. */
	void apply(SavedTaskFilter saved) {
		TaskFilter f = saved.filter();
		this.applyingSaved = true;
		try {
			this.activeSaved = saved;
			Tab tab = this.scopes.entrySet()
				.stream()
				.filter(e -> e.getValue() == f.scope())
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(this.mineTab);
			this.tabs.setSelectedTab(tab);
			this.scope = this.scopes.get(tab);
			this.programs.setValue(this.catalog.applicablePrograms()
				.stream()
				.filter(p -> f.programCodes().contains(p.code()))
				.collect(Collectors.toSet()));
			this.dong.setValue(
					f.adminDongCode() == null ? null : this.identity.organization(f.adminDongCode()).orElse(null));
			this.applicationNo.setValue(f.applicationNo() == null ? "" : f.applicationNo());
			this.statuses.setValue(f.statuses());
			this.flags.setValue(f.flags());
			this.dueBy.setValue(f.dueBy());
			this.appliedFrom.setValue(f.appliedFrom());
			this.appliedTo.setValue(f.appliedTo());
			this.overdueOnly.setValue(f.overdueOnly());
			this.incidentOnly.setValue(f.incidentOnly());
			this.highPriorityOnly.setValue(f.minPriority() != null && f.minPriority() >= HIGH_PRIORITY);
			this.assignee.setValue(f.assignee() == null ? null : this.identity.user(f.assignee()).orElse(null));
		}
		finally {
			this.applyingSaved = false;
		}
		refresh();
	}

	private void clearFilters() {
		this.applyingSaved = true;
		try {
			this.activeSaved = null;
			this.programs.clear();
			this.dong.clear();
			this.applicationNo.clear();
			this.statuses.clear();
			this.flags.clear();
			this.dueBy.clear();
			this.appliedFrom.clear();
			this.appliedTo.clear();
			this.overdueOnly.clear();
			this.incidentOnly.clear();
			this.highPriorityOnly.clear();
			this.assignee.clear();
		}
		finally {
			this.applyingSaved = false;
		}
		refresh();
	}

	/**
	 * Opens a case's task in the task view; a task that belongs to no application (a
	 * failed payment, a selection run's approval, a duplicate-benefit finding's review)
	 * is worked in its own module's view.
	 */
	public void open(TaskRow row) {
		String key = row.applicationNo() == null ? "" : row.applicationNo();
		getUI().ifPresent(ui -> {
			if (key.startsWith(PaymentDesk.ORDER_NO_PREFIX)) {
				ui.navigate(PaymentsView.class);
			}
			else if (key.startsWith(SelectionRuns.RUN_NO_PREFIX)) {
				ui.navigate(SelectionRunsView.class);
			}
			else if (key.startsWith(ImpactReview.REVIEW_NO_PREFIX)) {
				ui.navigate(ImpactReviewView.class,
						new RouteParameters(Map.of(ImpactReviewView.TASK_ID, row.taskId())));
			}
			else if (key.startsWith(OutreachWorklist.OUTREACH_NO_PREFIX)) {
				ui.navigate(OutreachView.class);
			}
			else if (key.startsWith(DuplicateBenefitSweep.FINDING_NO_PREFIX)) {
				ui.navigate(ConflictReviewView.class, ConflictReviewView.parameters(row.taskId()));
			}
			else {
				ui.navigate(TaskView.class, new RouteParameters(Map.of(TaskView.TASK_ID, row.taskId())));
			}
		});
	}

	private void updateBulkBar() {
		Set<TaskRow> selected = this.grid.getSelectedItems();
		this.selectionInfo.setText(getTranslation("tasks.bulk.selected", selected.size()));
		this.bulkClaim
			.setEnabled(selected.stream().anyMatch(r -> r.assignee() == null || this.scope == TaskScope.COVER));
		this.bulkReassign.setEnabled(!selected.isEmpty());
	}

	/** Reloads the rows (keeping the selection) and every count. */
	void refresh() {
		refreshCounts();
		reloadRows();
	}

	private void reloadRows() {
		this.provider.refreshAll();
		updateBulkBar();
	}

	/** Tab counts and saved-filter counts; pushed live while the view is open. */
	void refreshCounts() {
		this.mineTab.setLabel(getTranslation("tasks.tab.mine", this.tasks.count(TaskScope.MINE)));
		this.groupTab.setLabel(getTranslation("tasks.tab.group", this.tasks.count(TaskScope.GROUP)));
		this.teamTab.setLabel(getTranslation("tasks.tab.team", this.tasks.count(TaskScope.TEAM)));
		long covered = this.tasks.count(TaskScope.COVER);
		this.coverTab.setLabel(getTranslation("tasks.tab.cover", covered));
		this.savedBar.removeAll();
		this.savedBar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
		this.savedBar.getStyle().set("gap", "var(--lumo-space-xs)");
		this.savedBar.setId("saved-filters");
		for (SavedTaskFilter saved : this.tasks.savedFilters()) {
			long n = this.tasks.count(saved.filter());
			Button b = new Button(getTranslation("tasks.filter.chip", saved.name(), n), e -> apply(saved));
			b.addClassName("saved-filter");
			b.addThemeVariants(ButtonVariant.LUMO_SMALL);
			if (this.activeSaved != null && this.activeSaved.id().equals(saved.id())) {
				b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			if (saved.shared()) {
				b.setIcon(VaadinIcon.USERS.create());
				b.setTooltipText(getTranslation("tasks.filter.sharedBy", displayName(saved.owner())));
			}
			this.savedBar.add(b);
			if (saved.owner().equals(this.user.username())) {
				Button delete = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
					this.tasks.deleteFilter(saved.id());
					if (this.activeSaved != null && this.activeSaved.id().equals(saved.id())) {
						this.activeSaved = null;
					}
					refresh();
				});
				delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
				delete.setAriaLabel(getTranslation("tasks.filter.delete", saved.name()));
				delete.addClassName("delete-saved-filter");
				this.savedBar.add(delete);
			}
		}
	}

	private void error(UserFacingException ex) {
		Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.pushRegistration = this.broadcaster.register(event.getUI(), this.user.username(),
				UiBroadcaster.Topic.TASKS, this::refresh);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.pushRegistration != null) {
			this.pushRegistration.remove();
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("tasks.title") + " · BokjiFlow";
	}

}
