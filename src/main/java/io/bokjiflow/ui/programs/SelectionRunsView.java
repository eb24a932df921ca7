package io.bokjiflow.ui.programs;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.SelectionOutcome;
import io.bokjiflow.openmarket.SelectionProgress;
import io.bokjiflow.openmarket.SelectionRun;
import io.bokjiflow.openmarket.SelectionRuns;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.push.UiBroadcaster;
import jakarta.annotation.security.RolesAllowed;

/**
 * Selection runs without an application (대상자 선정, 명절위문금 and 난방비): a local official starts
 * a run for a program of their 시·군·구, everyone of the 시·군·구 follows its progress (pushed
 * while the payment batches run) and its summary, and a supervisor other than the starter
 * decides over budget and approves the recipients.
 */
@Route(value = "selection-runs", layout = MainLayout.class)
@RolesAllowed({ "LOCAL_OFFICIAL", "SUPERVISOR" })
public class SelectionRunsView extends VerticalLayout implements HasDynamicTitle {

	private final SelectionRuns runs;

	private final UiBroadcaster broadcaster;

	private final CurrentUser user;

	final ComboBox<ProgramVersion> program = new ComboBox<>();

	final DatePicker referenceDate = new DatePicker();

	final Button start = new Button();

	final Grid<SelectionRun> grid = new Grid<>();

	final Div detail = new Div();

	final ProgressBar progressBar = new ProgressBar(0, 1);

	final Span progressText = new Span();

	final Div summary = new Div();

	final HorizontalLayout decisions = new HorizontalLayout();

	final TextField rejectionReason = new TextField();

	private SelectionRun selected;

	private Registration push;

	public SelectionRunsView(SelectionRuns runs, LocalPrograms programs, Identity identity, UiBroadcaster broadcaster) {
		this.runs = runs;
		this.broadcaster = broadcaster;
		this.user = identity.currentUser();
		addClassName("selection-runs-view");

		this.program.setId("selection-program");
		this.program.setLabel(getTranslation("selection.program"));
		this.program.setItems(selectionPrograms(programs));
		this.program.setItemLabelGenerator(v -> programName(v) + " (" + v.programCode() + ")");
		this.program.setHelperText(getTranslation("selection.programHelp"));
		this.program.setWidth("28em");
		this.referenceDate.setId("selection-reference-date");
		this.referenceDate.setLabel(getTranslation("selection.referenceDate"));
		this.referenceDate.setValue(LocalDate.now(ClockConfiguration.ZONE));
		this.referenceDate.setRequired(true);
		this.start.setText(getTranslation("selection.start"));
		this.start.setId("selection-start");
		this.start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.start.addClickListener(e -> start());
		HorizontalLayout form = new HorizontalLayout(this.program, this.referenceDate, this.start);
		form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		boolean mayStart = this.user.has(Role.LOCAL_OFFICIAL) || this.user.has(Role.SUPERVISOR);
		form.setVisible(mayStart && this.user.sigunguCode() != null);

		this.grid.setId("selection-runs-grid");
		this.grid.addColumn(SelectionRun::runNo).setHeader(getTranslation("selection.col.runNo")).setAutoWidth(true);
		this.grid.addColumn(SelectionRun::programCode)
			.setHeader(getTranslation("selection.col.program"))
			.setAutoWidth(true);
		this.grid.addColumn(SelectionRun::referenceDate)
			.setHeader(getTranslation("selection.referenceDate"))
			.setAutoWidth(true);
		this.grid.addColumn(SelectionRun::round).setHeader(getTranslation("selection.col.round")).setAutoWidth(true);
		this.grid.addColumn(r -> getTranslation("selection.status." + r.status().name()))
			.setHeader(getTranslation("selection.col.status"))
			.setAutoWidth(true);
		this.grid.addColumn(SelectionRun::startedBy)
			.setHeader(getTranslation("selection.col.startedBy"))
			.setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("selection.none"));
		this.grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));

		this.progressBar.setId("selection-progress");
		this.progressText.setId("selection-progress-text");
		this.summary.setId("selection-summary");
		this.rejectionReason.setId("selection-rejection-reason");
		this.rejectionReason.setPlaceholder(getTranslation("selection.rejectionReason"));
		this.rejectionReason.setMaxLength(500);
		this.decisions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		this.detail.setId("selection-detail");
		this.detail.add(this.progressBar, this.progressText, this.summary, this.decisions);
		this.detail.setVisible(false);
		this.detail.setWidthFull();

		add(new H2(getTranslation("selection.title")), new Paragraph(getTranslation("selection.intro")), form,
				new H3(getTranslation("selection.runs")), this.grid, this.detail);
		refresh();
	}

	private List<ProgramVersion> selectionPrograms(LocalPrograms programs) {
		if (this.user.sigunguCode() == null) {
			return List.of();
		}
		return programs.programs(this.user.sigunguCode())
			.stream()
			.filter(v -> v.content().taskType() == TaskType.HOLIDAY_CONSOLATION
					|| v.content().taskType() == TaskType.SEASONAL_HEATING)
			.toList();
	}

	private String programName(ProgramVersion version) {
		return isEnglish() ? version.content().nameEn() : version.content().nameKo();
	}

	void start() {
		if (this.program.getValue() == null || this.referenceDate.getValue() == null) {
			error(getTranslation("selection.error.chooseProgram"));
			return;
		}
		try {
			SelectionRun run = this.runs.start(this.program.getValue().programCode(), this.referenceDate.getValue());
			Notification
				.show(getTranslation("selection.started", run.runNo()), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			refresh();
			this.grid.select(run);
		}
		catch (UserFacingException ex) {
			error(getTranslation(ex.messageKey(), ex.args()));
		}
	}

	/** Reloads the list and the selected run (also when a push arrives). */
	void refresh() {
		if (this.user.sigunguCode() == null) {
			this.grid.setItems(List.of());
			return;
		}
		List<SelectionRun> list = this.runs.runs(this.user.sigunguCode());
		SelectionRun current = this.selected;
		this.grid.setItems(list);
		if (current != null) {
			list.stream().filter(r -> r.id().equals(current.id())).findFirst().ifPresent(r -> {
				this.grid.select(r);
				show(r);
			});
		}
	}

	private void show(SelectionRun run) {
		if (run == null) {
			return;
		}
		this.selected = run;
		this.detail.setVisible(true);
		SelectionProgress p = this.runs.progress(run.id());
		this.progressBar.setValue(Math.min(1, p.orderedShare()));
		this.progressText.setText(getTranslation("selection.progress", number(p.ordered()), number(p.selected()),
				getTranslation("selection.status." + p.status().name())));
		this.summary.removeAll();
		this.summary.add(line("selection.sum.candidates", p.candidates(), "sum-candidates"));
		this.summary.add(line("selection.sum.selected", p.selected(), "sum-selected"));
		for (SelectionOutcome outcome : SelectionOutcome.values()) {
			if (outcome != SelectionOutcome.SELECTED) {
				this.summary.add(line("selection.outcome." + outcome.name(), p.outcomes().get(outcome),
						"sum-" + outcome.name().toLowerCase(Locale.ROOT)));
			}
		}
		this.summary.add(line("selection.sum.ordered", p.ordered(), "sum-ordered"));
		this.summary.add(line("selection.sum.paid", p.paid(), "sum-paid"));
		this.summary.add(line("selection.sum.failed", p.failed(), "sum-failed"));
		Div amount = new Div(new Span(getTranslation("selection.sum.amount") + ": "),
				new Span(getTranslation("selection.won", number(p.amountWon()))));
		amount.setId("sum-amount");
		this.summary.add(amount);
		decisionsFor(run);
	}

	private Div line(String key, long value, String id) {
		Div div = new Div(new Span(getTranslation(key) + ": "), new Span(number(value)));
		div.setId(id);
		return div;
	}

	private void decisionsFor(SelectionRun run) {
		this.decisions.removeAll();
		Optional<String> task = this.runs.openTask(run.id());
		if (task.isEmpty()) {
			return;
		}
		Anchor link = new Anchor("tasks/" + task.get(), getTranslation("selection.openTask"));
		link.setId("selection-task-link");
		this.decisions.add(link);
		boolean supervisor = this.user.has(Role.SUPERVISOR);
		if (!supervisor) {
			return;
		}
		if (run.status() == SelectionRun.Status.AWAITING_APPROVAL) {
			if (this.user.username().equals(run.startedBy())) {
				Span fourEyes = new Span(getTranslation("selection.error.fourEyes"));
				fourEyes.setId("selection-four-eyes");
				this.decisions.add(fourEyes);
				return;
			}
			Button approve = new Button(getTranslation("selection.approve"),
					e -> act(() -> this.runs.approve(run.id())));
			approve.setId("selection-approve");
			approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
			Button reject = new Button(getTranslation("selection.reject"),
					e -> act(() -> this.runs.reject(run.id(), this.rejectionReason.getValue())));
			reject.setId("selection-reject");
			reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
			this.decisions.add(approve, this.rejectionReason, reject);
		}
		else if (run.status() == SelectionRun.Status.AWAITING_BUDGET_DECISION) {
			Button reduce = new Button(getTranslation("selection.reduce"),
					e -> act(() -> this.runs.decideOverBudget(run.id(), SelectionRuns.BudgetDecision.REDUCE)));
			reduce.setId("selection-reduce");
			Button cancel = new Button(getTranslation("selection.cancel"),
					e -> act(() -> this.runs.decideOverBudget(run.id(), SelectionRuns.BudgetDecision.CANCEL)));
			cancel.setId("selection-cancel");
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			this.decisions.add(new Span(getTranslation("selection.overBudget")), reduce, cancel);
		}
	}

	private void act(Runnable action) {
		try {
			action.run();
			refresh();
		}
		catch (UserFacingException ex) {
			error(getTranslation(ex.messageKey(), ex.args()));
		}
	}

	private void error(String message) {
		Notification.show(message, 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	private String number(long value) {
		return NumberFormat.getIntegerInstance(getLocale()).format(value);
	}

	private boolean isEnglish() {
		return getLocale() != null && "en".equals(getLocale().getLanguage());
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.push = this.broadcaster.register(event.getUI(), this.user.username(), UiBroadcaster.Topic.SELECTION_RUNS,
				this::refresh);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.push != null) {
			this.push.remove();
			this.push = null;
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("selection.title") + " · BokjiFlow";
	}

}
