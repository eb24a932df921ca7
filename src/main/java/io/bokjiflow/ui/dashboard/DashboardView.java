package io.bokjiflow.ui.dashboard;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.bokjiflow.casework.CaseDashboard;
import io.bokjiflow.casework.CaseDashboard.Count;
import io.bokjiflow.casework.CaseDashboard.DayCount;
import io.bokjiflow.casework.CaseDashboard.DueCase;
import io.bokjiflow.casework.CaseDashboard.IncidentRow;
import io.bokjiflow.casework.CaseDashboard.LeadTime;
import io.bokjiflow.casework.CaseDashboard.SlaCase;
import io.bokjiflow.casework.CaseDashboard.SlaLevel;
import io.bokjiflow.casework.CaseDashboard.SlaRule;
import io.bokjiflow.casework.CaseDashboard.Snapshot;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.i18n.UiLocale;
import jakarta.annotation.security.RolesAllowed;

/**
 * The supervisor dashboard (감독자 대시보드) of a 시·군·구: open cases per program and task,
 * overdue and soon-due cases by the legal decision date, incidents with retry, throughput
 * and lead time, workload per caseworker and the case SLA with its forecast; each chart
 * has a table beside it. Refreshes every 30 seconds without reloading.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({ "SUPERVISOR", "ADMINISTRATOR" })
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

	/** Milliseconds between automatic refreshes. */
	static final int POLL_MILLIS = 30_000;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final CaseDashboard dashboard;

	private final ProgramCatalog catalog;

	final ComboBox<Organization> sigungu = new ComboBox<>();

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final Span lastRefreshed = new Span();

	final Span totals = new Span();

	final EChart openByProgramChart;

	final Grid<Count> openByProgram = grid("dashboard-open-program");

	final EChart openByActivityChart;

	final Grid<Count> openByActivity = grid("dashboard-open-activity");

	final Span overdueCount = new Span();

	final Grid<DueCase> overdue = grid("dashboard-overdue");

	final Grid<DueCase> dueSoon = grid("dashboard-due-soon");

	final Grid<IncidentRow> incidents = grid("dashboard-incidents");

	final Button retrySelected = new Button();

	final EChart throughputChart;

	final Grid<DayCount> throughput = grid("dashboard-throughput");

	final EChart leadTimeChart;

	final Grid<LeadTime> leadTimes = grid("dashboard-lead-time");

	final EChart workloadChart;

	final Grid<Count> workload = grid("dashboard-workload");

	final Span slaSummary = new Span();

	final Grid<SlaCase> sla = grid("dashboard-sla");

	final Grid<SlaRule> slaRules = grid("dashboard-sla-rules");

	final ComboBox<String> ruleProgram = new ComboBox<>();

	final IntegerField ruleWarn = new IntegerField();

	final IntegerField ruleEscalate = new IntegerField();

	private Snapshot snapshot;

	private Registration poll;

	public DashboardView(CaseDashboard dashboard, ProgramCatalog catalog, Identity identity, Clock clock) {
		this.dashboard = dashboard;
		this.catalog = catalog;
		setId("dashboard");
		addClassName("dashboard");
		setWidthFull();
		add(new H2(getTranslation("dashboard.title")));

		// Filters: a supervisor sees their own 시·군·구; an administrator picks one.
		this.sigungu.setId("dashboard-sigungu");
		this.sigungu.setLabel(getTranslation("dashboard.filter.sigungu"));
		this.sigungu.setItemLabelGenerator(o -> o.name(getLocale()) + " (" + o.code() + ")");
		List<Organization> all = identity.organizations(OrgLevel.SIGUNGU);
		String own = dashboard.defaultSigungu();
		if (dashboard.mayPickSigungu()) {
			this.sigungu.setItems(all);
		}
		else {
			this.sigungu.setItems(all.stream().filter(o -> o.code().equals(own)).toList());
			this.sigungu.setReadOnly(true);
		}
		all.stream()
			.filter(o -> o.code().equals(own))
			.findFirst()
			.or(() -> dashboard.mayPickSigungu() ? all.stream().findFirst() : java.util.Optional.empty())
			.ifPresent(this.sigungu::setValue);
		LocalDate today = LocalDate.now(clock.withZone(ClockConfiguration.ZONE));
		this.from.setId("dashboard-from");
		this.from.setLabel(getTranslation("dashboard.filter.from"));
		this.from.setValue(today.minusDays(29));
		this.to.setId("dashboard-to");
		this.to.setLabel(getTranslation("dashboard.filter.to"));
		this.to.setValue(today);
		Button refresh = new Button(getTranslation("dashboard.refresh"), VaadinIcon.REFRESH.create(), e -> refresh());
		refresh.setId("dashboard-refresh");
		this.lastRefreshed.setId("dashboard-last-refreshed");
		this.lastRefreshed.getElement().setAttribute("aria-live", "polite");
		this.sigungu.addValueChangeListener(e -> {
			if (e.isFromClient()) {
				refresh();
			}
		});
		this.from.addValueChangeListener(e -> refresh());
		this.to.addValueChangeListener(e -> refresh());
		HorizontalLayout filters = new HorizontalLayout(this.sigungu, this.from, this.to, refresh, this.lastRefreshed);
		filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		filters.addClassName("dashboard-filters");
		this.totals.setId("dashboard-totals");
		add(filters, this.totals);

		// Open cases
		this.openByProgramChart = new EChart(getTranslation("dashboard.open.byProgram.aria"));
		this.openByProgram.addColumn(c -> programName(c.key()))
			.setHeader(getTranslation("dashboard.col.program"))
			.setFlexGrow(3);
		this.openByProgram.addColumn(Count::count).setHeader(getTranslation("dashboard.col.cases")).setKey("count");
		this.openByActivityChart = new EChart(getTranslation("dashboard.open.byActivity.aria"));
		this.openByActivity.addColumn(c -> UiLocale.pick(c.key(), getLocale()))
			.setHeader(getTranslation("dashboard.col.activity"))
			.setFlexGrow(3);
		this.openByActivity.addColumn(Count::count).setHeader(getTranslation("dashboard.col.cases")).setKey("count");
		HorizontalLayout open = row(
				panel("dashboard-panel-open-program", "dashboard.open.byProgram", this.openByProgramChart,
						this.openByProgram),
				panel("dashboard-panel-open-activity", "dashboard.open.byActivity", this.openByActivityChart,
						this.openByActivity));

		// Deadlines
		for (Grid<DueCase> g : List.of(this.overdue, this.dueSoon)) {
			g.addColumn(DueCase::applicationNo).setHeader(getTranslation("dashboard.col.applicationNo")).setKey("no");
			g.addColumn(d -> programName(d.programCode())).setHeader(getTranslation("dashboard.col.program"));
			g.addColumn(DueCase::applicantNameMask).setHeader(getTranslation("dashboard.col.applicant"));
			g.addColumn(DueCase::dueOn).setHeader(getTranslation("dashboard.col.dueOn"));
			g.addColumn(d -> d.daysLeft() < 0 ? getTranslation("dashboard.daysOverdue", -d.daysLeft())
					: getTranslation("dashboard.daysLeft", d.daysLeft()))
				.setHeader(getTranslation("dashboard.col.daysLeft"));
		}
		this.overdueCount.setId("dashboard-deadline-counts");
		Section deadlines = section("dashboard-panel-deadlines", "dashboard.deadlines", this.overdueCount,
				new H3(getTranslation("dashboard.deadlines.overdue")), this.overdue,
				new H3(getTranslation("dashboard.deadlines.dueSoon", Snapshot.DUE_SOON_DAYS)), this.dueSoon);

		// Incidents
		this.incidents.setSelectionMode(Grid.SelectionMode.MULTI);
		this.incidents.addColumn(IncidentRow::applicationNo)
			.setHeader(getTranslation("dashboard.col.applicationNo"))
			.setKey("no");
		this.incidents.addColumn(i -> programName(i.programCode())).setHeader(getTranslation("dashboard.col.program"));
		this.incidents.addColumn(IncidentRow::activityId).setHeader(getTranslation("dashboard.col.step"));
		this.incidents.addColumn(IncidentRow::message)
			.setHeader(getTranslation("dashboard.col.error"))
			.setFlexGrow(3)
			.setKey("message");
		this.incidents.addColumn(i -> TIME.format(i.createdAt().atZone(ClockConfiguration.ZONE)))
			.setHeader(getTranslation("dashboard.col.raisedAt"));
		this.incidents.addComponentColumn(i -> {
			Button retry = new Button(getTranslation("dashboard.incidents.retry"), VaadinIcon.ROTATE_RIGHT.create(),
					e -> retry(Set.of(i)));
			retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
			retry.addClassName("dashboard-retry");
			retry.setEnabled(i.retryable());
			retry.getElement()
				.setAttribute("aria-label", getTranslation("dashboard.incidents.retryOne", i.applicationNo()));
			return retry;
		}).setKey("actions").setHeader(getTranslation("dashboard.col.actions"));
		this.incidents.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.retrySelected.setText(getTranslation("dashboard.incidents.retrySelected"));
		this.retrySelected.setId("dashboard-retry-selected");
		this.retrySelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.retrySelected.addClickListener(e -> retry(this.incidents.getSelectedItems()));
		Section incidentPanel = section("dashboard-panel-incidents", "dashboard.incidents", this.retrySelected,
				this.incidents);

		// Throughput and lead time
		this.throughputChart = new EChart(getTranslation("dashboard.throughput.aria"));
		this.throughput.addColumn(DayCount::day).setHeader(getTranslation("dashboard.col.day")).setKey("day");
		this.throughput.addColumn(DayCount::started)
			.setHeader(getTranslation("dashboard.col.started"))
			.setKey("started");
		this.throughput.addColumn(DayCount::decided)
			.setHeader(getTranslation("dashboard.col.decided"))
			.setKey("decided");
		this.leadTimeChart = new EChart(getTranslation("dashboard.leadTime.aria"));
		this.leadTimes.addColumn(l -> programName(l.programCode()))
			.setHeader(getTranslation("dashboard.col.program"))
			.setFlexGrow(3);
		this.leadTimes.addColumn(LeadTime::decided).setHeader(getTranslation("dashboard.col.decided"));
		this.leadTimes.addColumn(l -> days(l.averageDays())).setHeader(getTranslation("dashboard.col.avgDays"));
		this.leadTimes.addColumn(l -> days(l.p90Days())).setHeader(getTranslation("dashboard.col.p90Days"));
		HorizontalLayout flow = row(
				panel("dashboard-panel-throughput", "dashboard.throughput", this.throughputChart, this.throughput),
				panel("dashboard-panel-lead-time", "dashboard.leadTime", this.leadTimeChart, this.leadTimes));

		// Workload and SLA
		this.workloadChart = new EChart(getTranslation("dashboard.workload.aria"));
		this.workload.addColumn(Count::key).setHeader(getTranslation("dashboard.col.caseworker")).setKey("user");
		this.workload.addColumn(Count::count).setHeader(getTranslation("dashboard.col.openTasks")).setKey("count");
		this.sla.addColumn(SlaCase::applicationNo)
			.setHeader(getTranslation("dashboard.col.applicationNo"))
			.setKey("no");
		this.sla.addColumn(s -> programName(s.programCode())).setHeader(getTranslation("dashboard.col.program"));
		this.sla.addColumn(s -> getTranslation("dashboard.sla.level." + s.level().name()))
			.setHeader(getTranslation("dashboard.col.level"))
			.setKey("level");
		this.sla.addColumn(s -> days(s.ageDays())).setHeader(getTranslation("dashboard.col.ageDays"));
		this.sla.addColumn(s -> days(s.pausedDays())).setHeader(getTranslation("dashboard.col.pausedDays"));
		this.sla.addColumn(s -> days(s.daysToEscalate())).setHeader(getTranslation("dashboard.col.daysToEscalate"));
		this.slaSummary.setId("dashboard-sla-summary");
		HorizontalLayout people = row(
				panel("dashboard-panel-workload", "dashboard.workload", this.workloadChart, this.workload),
				section("dashboard-panel-sla", "dashboard.sla", this.slaSummary, this.sla));

		add(open, deadlines, incidentPanel, flow, people, slaRulesPanel());
		refresh();
	}

	private Section slaRulesPanel() {
		this.slaRules.addColumn(r -> programName(r.programCode()))
			.setHeader(getTranslation("dashboard.col.program"))
			.setFlexGrow(3);
		this.slaRules.addColumn(SlaRule::warnDays).setHeader(getTranslation("dashboard.col.warnDays"));
		this.slaRules.addColumn(SlaRule::escalateDays).setHeader(getTranslation("dashboard.col.escalateDays"));
		this.slaRules.addColumn(r -> r.overridden() ? getTranslation("dashboard.sla.rules.setBy", r.updatedBy())
				: getTranslation("dashboard.sla.rules.default"))
			.setHeader(getTranslation("dashboard.col.source"));
		this.slaRules.asSingleSelect().addValueChangeListener(e -> {
			if (e.getValue() != null) {
				this.ruleProgram.setValue(e.getValue().programCode());
				this.ruleWarn.setValue(e.getValue().warnDays());
				this.ruleEscalate.setValue(e.getValue().escalateDays());
			}
		});
		this.ruleProgram.setId("dashboard-rule-program");
		this.ruleProgram.setLabel(getTranslation("dashboard.col.program"));
		this.ruleProgram.setItemLabelGenerator(this::programName);
		this.ruleWarn.setId("dashboard-rule-warn");
		this.ruleWarn.setLabel(getTranslation("dashboard.col.warnDays"));
		this.ruleWarn.setMin(1);
		this.ruleWarn.setMax(365);
		this.ruleEscalate.setId("dashboard-rule-escalate");
		this.ruleEscalate.setLabel(getTranslation("dashboard.col.escalateDays"));
		this.ruleEscalate.setMin(1);
		this.ruleEscalate.setMax(365);
		Button save = new Button(getTranslation("dashboard.sla.rules.save"), e -> saveRule());
		save.setId("dashboard-rule-save");
		HorizontalLayout editor = new HorizontalLayout(this.ruleProgram, this.ruleWarn, this.ruleEscalate, save);
		editor.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		Details rules = new Details(getTranslation("dashboard.sla.rules"),
				new VerticalLayout(new Paragraph(getTranslation("dashboard.sla.rules.help")), this.slaRules, editor));
		rules.setId("dashboard-sla-rules-details");
		loadRules();
		return section("dashboard-panel-sla-rules", "dashboard.sla.rules.title", rules);
	}

	private void loadRules() {
		List<SlaRule> rules = this.dashboard.slaRules();
		String picked = this.ruleProgram.getValue();
		this.slaRules.setItems(rules);
		this.ruleProgram.setItems(rules.stream().map(SlaRule::programCode).toList());
		this.ruleProgram.setValue(picked);
	}

	void saveRule() {
		try {
			if (this.ruleWarn.getValue() == null || this.ruleEscalate.getValue() == null) {
				throw new UserFacingException("dashboard.sla.error.days");
			}
			this.dashboard.setSlaRule(this.ruleProgram.getValue(), this.ruleWarn.getValue(),
					this.ruleEscalate.getValue());
			Notification.show(getTranslation("dashboard.sla.rules.saved", programName(this.ruleProgram.getValue())),
					4000, Notification.Position.BOTTOM_START);
			loadRules();
			refresh();
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	/** Reads every panel again. */
	void refresh() {
		Organization org = this.sigungu.getValue();
		if (org == null) {
			this.totals.setText(getTranslation("dashboard.noSigungu"));
			return;
		}
		try {
			this.snapshot = this.dashboard
				.snapshot(new CaseDashboard.Filter(org.code(), this.from.getValue(), this.to.getValue()));
		}
		catch (UserFacingException ex) {
			error(ex);
			return;
		}
		Snapshot s = this.snapshot;
		NumberFormat n = NumberFormat.getIntegerInstance(getLocale());
		this.totals.setText(getTranslation("dashboard.totals", n.format(s.openCases()), n.format(s.overdueCount()),
				n.format(s.dueSoonCount()), n.format(s.incidents().size())));
		this.lastRefreshed.setText(getTranslation("dashboard.lastRefreshed",
				TIME.format(s.at().atZone(ClockConfiguration.ZONE)), POLL_MILLIS / 1000));

		this.openByProgram.setItems(s.openByProgram());
		this.openByProgramChart.setOption(countBars(s.openByProgram(), this::programName, "dashboard.col.cases"));
		this.openByActivity.setItems(s.openByActivity());
		this.openByActivityChart
			.setOption(countBars(s.openByActivity(), k -> UiLocale.pick(k, getLocale()), "dashboard.col.cases"));

		this.overdueCount.setText(getTranslation("dashboard.deadlines.counts", n.format(s.overdueCount()),
				n.format(s.dueSoonCount()), Snapshot.DUE_SOON_DAYS));
		this.overdue.setItems(s.overdue());
		this.dueSoon.setItems(s.dueSoon());

		this.incidents.deselectAll();
		this.incidents.setItems(s.incidents());
		this.retrySelected.setEnabled(!s.incidents().isEmpty());

		this.throughput.setItems(s.throughput());
		Map<String, List<? extends Number>> flow = new LinkedHashMap<>();
		flow.put(getTranslation("dashboard.col.started"), s.throughput().stream().map(DayCount::started).toList());
		flow.put(getTranslation("dashboard.col.decided"), s.throughput().stream().map(DayCount::decided).toList());
		this.throughputChart
			.setOption(EChart.lines(s.throughput().stream().map(d -> d.day().toString().substring(5)).toList(), flow));
		this.leadTimes.setItems(s.leadTimes());
		Map<String, List<? extends Number>> lead = new LinkedHashMap<>();
		lead.put(getTranslation("dashboard.col.avgDays"),
				s.leadTimes().stream().map(l -> round(l.averageDays())).toList());
		lead.put(getTranslation("dashboard.col.p90Days"), s.leadTimes().stream().map(l -> round(l.p90Days())).toList());
		this.leadTimeChart.setOption(
				EChart.bars(s.leadTimes().stream().map(l -> programName(l.programCode())).toList(), lead, true, false));

		this.workload.setItems(s.workload());
		this.workloadChart.setOption(countBars(s.workload(), Function.identity(), "dashboard.col.openTasks"));

		this.sla.setItems(s.sla());
		Map<SlaLevel, Long> levels = new LinkedHashMap<>();
		for (SlaLevel level : SlaLevel.values()) {
			levels.put(level, s.sla().stream().filter(c -> c.level() == level).count());
		}
		this.slaSummary.setText(getTranslation("dashboard.sla.summary", levels.get(SlaLevel.WARN),
				levels.get(SlaLevel.ESCALATE), levels.get(SlaLevel.FORECAST), s.slaForecastDays()));
	}

	/** Retries the failed jobs of incidents and refreshes. */
	void retry(Set<IncidentRow> rows) {
		if (rows.isEmpty()) {
			Notification.show(getTranslation("dashboard.incidents.noneSelected"), 4000,
					Notification.Position.BOTTOM_START);
			return;
		}
		CaseDashboard.RetryResult result = this.dashboard.retry(rows.stream().map(IncidentRow::incidentId).toList());
		Notification note = Notification.show(
				getTranslation("dashboard.incidents.retried", result.retried(), result.refused().size()), 5000,
				Notification.Position.BOTTOM_START);
		if (!result.refused().isEmpty()) {
			note.addThemeVariants(NotificationVariant.LUMO_WARNING);
		}
		refresh();
	}

	/** The figures last shown. */
	Snapshot snapshot() {
		return this.snapshot;
	}

	private Map<String, Object> countBars(List<Count> counts, Function<String, String> label, String seriesKey) {
		Map<String, List<? extends Number>> series = new LinkedHashMap<>();
		series.put(getTranslation(seriesKey), counts.stream().map(Count::count).toList());
		return EChart.bars(counts.stream().map(c -> label.apply(c.key())).toList(), series, true, false);
	}

	private String programName(String code) {
		if (code == null) {
			return "";
		}
		return this.catalog.program(code).map(p -> p.name(getLocale())).orElse(code);
	}

	private String days(double d) {
		return getTranslation("dashboard.days", String.format(Locale.ROOT, "%.1f", d));
	}

	private static double round(double v) {
		return Math.round(v * 10.0) / 10.0;
	}

	private static <T> Grid<T> grid(String id) {
		Grid<T> grid = new Grid<>();
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		grid.setMaxHeight("320px");
		return grid;
	}

	/** A chart with its data as a table below it (the accessible alternative). */
	private Section panel(String id, String titleKey, EChart chart, Grid<?> table) {
		chart.setNoDataText(getTranslation("dashboard.noData"));
		table.setAllRowsVisible(false);
		table.setHeight("220px");
		Details details = new Details(getTranslation("dashboard.showTable"), table);
		details.setOpened(false);
		details.addClassName("dashboard-table");
		details.setWidthFull();
		return section(id, titleKey, chart, details);
	}

	private Section section(String id, String titleKey, Component... content) {
		H3 title = new H3(getTranslation(titleKey));
		title.setId(id + "-title");
		Section section = new Section(title);
		Div body = new Div(content);
		body.addClassName("dashboard-panel-body");
		section.add(body);
		section.setId(id);
		section.addClassName("dashboard-panel");
		section.getElement().setAttribute("aria-labelledby", id + "-title");
		section.setWidthFull();
		return section;
	}

	private static HorizontalLayout row(Component... panels) {
		HorizontalLayout row = new HorizontalLayout(panels);
		row.setWidthFull();
		row.addClassName("dashboard-row");
		row.getStyle().set("flex-wrap", "wrap");
		for (Component c : panels) {
			row.setFlexGrow(1, c);
			c.getElement().getStyle().set("flex-basis", "420px");
		}
		return row;
	}

	private void error(UserFacingException ex) {
		Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		UI ui = attachEvent.getUI();
		ui.setPollInterval(POLL_MILLIS);
		this.poll = ui.addPollListener(e -> refresh());
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		if (this.poll != null) {
			this.poll.remove();
			this.poll = null;
		}
		detachEvent.getUI().setPollInterval(-1);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.title") + " · BokjiFlow";
	}

}
