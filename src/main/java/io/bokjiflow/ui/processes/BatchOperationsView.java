package io.bokjiflow.ui.processes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.operations.ProcessOperations;
import io.bokjiflow.operations.ProcessOperations.ActivityMapping;
import io.bokjiflow.operations.ProcessOperations.BatchOperation;
import io.bokjiflow.operations.ProcessOperations.DefinitionVersion;
import io.bokjiflow.operations.ProcessOperations.InstanceCheck;
import io.bokjiflow.operations.ProcessOperations.InstanceFilter;
import io.bokjiflow.operations.ProcessOperations.InstanceRow;
import io.bokjiflow.operations.ProcessOperations.MigrationDryRun;
import io.bokjiflow.operations.ProcessOperations.MigrationPreview;
import io.bokjiflow.operations.ProcessOperations.State;
import io.bokjiflow.operations.ProcessOperations.TargetActivity;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * Batch operations (일괄 작업) on running process instances for supervisors (their 시·군·구) and
 * administrators: select instances by version, activity, incident or business key; retry
 * incidents, suspend, resume, cancel with a reason, reassign tasks, or migrate to another
 * version with a mapping preview and a dry run. Each operation is listed with its
 * progress, pushed to the screen while it runs.
 */
@Route(value = "processes/batch", layout = MainLayout.class)
@RolesAllowed({ "SUPERVISOR", "ADMINISTRATOR" })
public class BatchOperationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
		.withZone(ZoneId.of("Asia/Seoul"));

	private final ProcessOperations operations;

	final ComboBox<DefinitionVersion> definition = new ComboBox<>();

	final ComboBox<String> activity = new ComboBox<>();

	final Checkbox incidentsOnly = new Checkbox();

	final TextField businessKey = new TextField();

	final Grid<InstanceRow> instances = new Grid<>();

	final TextField reason = new TextField();

	final TextField assignee = new TextField();

	final ComboBox<DefinitionVersion> target = new ComboBox<>();

	final Grid<ActivityMapping> mappings = new Grid<>();

	final Paragraph planErrors = new Paragraph();

	final Grid<InstanceCheck> dryRunResults = new Grid<>();

	final Span dryRunSummary = new Span();

	final Button migrate = new Button();

	final Grid<BatchOperation> batches = new Grid<>();

	/** Manual mappings the user chose: source activity → target activity. */
	final Map<String, String> manual = new LinkedHashMap<>();

	private List<DefinitionVersion> versions = List.of();

	private ScheduledExecutorService poller;

	public BatchOperationsView(ProcessOperations operations) {
		this.operations = operations;
		addClassName("batch-operations-view");

		this.definition.setId("batch-definition");
		this.definition.setLabel(getTranslation("processes.version"));
		this.definition.setItemLabelGenerator(v -> v.key() + " v" + v.version() + " · "
				+ getTranslation("processes.versionLabel", v.version(), v.running(), v.incidents()));
		this.definition.setWidth("28em");
		this.definition.addValueChangeListener(e -> definitionChanged());
		this.activity.setId("batch-activity");
		this.activity.setLabel(getTranslation("processes.batch.activity"));
		this.activity.setClearButtonVisible(true);
		this.incidentsOnly.setId("batch-incidents-only");
		this.incidentsOnly.setLabel(getTranslation("processes.batch.incidentsOnly"));
		this.businessKey.setId("batch-business-key");
		this.businessKey.setLabel(getTranslation("processes.batch.businessKey"));
		Button search = new Button(getTranslation("processes.batch.search"), e -> search());
		search.setId("batch-search");
		HorizontalLayout filter = new HorizontalLayout(this.definition, this.activity, this.incidentsOnly,
				this.businessKey, search);
		filter.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		filter.setWrap(true);

		this.instances.setId("batch-instances");
		this.instances.setSelectionMode(Grid.SelectionMode.MULTI);
		this.instances.addColumn(InstanceRow::businessKey)
			.setKey("businessKey")
			.setHeader(getTranslation("processes.col.businessKey"))
			.setAutoWidth(true);
		this.instances.addColumn(r -> String.join(", ", r.activities()))
			.setKey("activities")
			.setHeader(getTranslation("processes.col.activities"))
			.setFlexGrow(1);
		this.instances.addColumn(InstanceRow::incidents)
			.setKey("incidents")
			.setHeader(getTranslation("processes.col.incidents"))
			.setAutoWidth(true);
		this.instances
			.addColumn(r -> r.suspended() ? getTranslation("processes.state.suspended")
					: getTranslation("processes.state.active"))
			.setKey("state")
			.setHeader(getTranslation("processes.col.state"))
			.setAutoWidth(true);
		this.instances.addColumn(r -> r.sigunguCode() == null ? "" : r.sigunguCode())
			.setKey("sigungu")
			.setHeader(getTranslation("processes.col.sigungu"))
			.setAutoWidth(true);
		this.instances.addColumn(r -> TIME.format(r.startedAt()))
			.setKey("started")
			.setHeader(getTranslation("processes.col.started"))
			.setAutoWidth(true);
		this.instances.setHeight("300px");
		this.instances.setEmptyStateText(getTranslation("processes.batch.noInstances"));
		this.instances.addSelectionListener(e -> resetDryRun());

		this.reason.setId("batch-reason");
		this.reason.setLabel(getTranslation("processes.batch.reason"));
		this.reason.setWidth("24em");
		this.reason.setMaxLength(500);
		this.assignee.setId("batch-assignee");
		this.assignee.setLabel(getTranslation("processes.batch.assignee"));
		Button retry = action("batch-retry", "processes.batch.retry",
				() -> this.operations.retryIncidents(selectedIds(), this.reason.getValue()));
		Button suspend = action("batch-suspend", "processes.batch.suspend",
				() -> this.operations.suspend(selectedIds(), true, this.reason.getValue()));
		Button resume = action("batch-resume", "processes.batch.resume",
				() -> this.operations.suspend(selectedIds(), false, this.reason.getValue()));
		Button cancel = action("batch-cancel", "processes.batch.cancel",
				() -> this.operations.cancel(selectedIds(), this.reason.getValue()));
		cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
		Button reassign = action("batch-reassign", "processes.batch.reassign",
				() -> this.operations.reassignTasks(selectedIds(), this.assignee.getValue(), this.reason.getValue()));
		HorizontalLayout actions = new HorizontalLayout(this.reason, retry, suspend, resume, cancel, this.assignee,
				reassign);
		actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		actions.setWrap(true);

		add(new H2(getTranslation("processes.batch.title")), new Paragraph(getTranslation("processes.batch.intro")),
				filter, this.instances, actions, migrationPanel(), new H3(getTranslation("processes.batch.history")),
				batchGrid());
	}

	private Details migrationPanel() {
		this.target.setId("migration-target");
		this.target.setLabel(getTranslation("processes.migration.target"));
		this.target.setItemLabelGenerator(v -> v.key() + " v" + v.version());
		this.target.setWidth("24em");
		Button preview = new Button(getTranslation("processes.migration.preview"), e -> preview());
		preview.setId("migration-preview");
		Button dryRun = new Button(getTranslation("processes.migration.dryRun"), e -> dryRun());
		dryRun.setId("migration-dry-run");
		this.migrate.setText(getTranslation("processes.migration.execute"));
		this.migrate.setId("migration-execute");
		this.migrate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.migrate.setEnabled(false);
		this.migrate.addClickListener(e -> run(() -> this.operations.migrate(this.definition.getValue().id(),
				this.target.getValue().id(), this.manual, selectedIds(), this.reason.getValue())));
		HorizontalLayout bar = new HorizontalLayout(this.target, preview, dryRun, this.migrate);
		bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

		this.mappings.setId("migration-mappings");
		this.mappings.addColumn(m -> m.sourceName() + " (" + m.sourceActivityId() + ")")
			.setKey("source")
			.setHeader(getTranslation("processes.migration.col.source"))
			.setFlexGrow(1);
		this.mappings.addColumn(ActivityMapping::runningInstances)
			.setKey("running")
			.setHeader(getTranslation("processes.col.running"))
			.setAutoWidth(true);
		this.mappings.addComponentColumn(this::targetChooser)
			.setKey("target")
			.setHeader(getTranslation("processes.migration.col.target"))
			.setFlexGrow(1);
		this.mappings
			.addColumn(m -> m.unmapped() ? "⚠ " + getTranslation("processes.migration.unmapped")
					: m.manual() ? getTranslation("processes.migration.manual")
							: getTranslation("processes.migration.equal"))
			.setKey("status")
			.setHeader(getTranslation("processes.migration.col.status"))
			.setAutoWidth(true);
		this.mappings.setPartNameGenerator(m -> m.unmapped() ? "unmapped" : null);
		this.mappings.setAllRowsVisible(true);
		this.mappings.setVisible(false);
		this.planErrors.setId("migration-plan-errors");
		this.planErrors.getStyle().set("color", "var(--lumo-error-text-color)");

		this.dryRunSummary.setId("migration-dry-run-summary");
		this.dryRunResults.setId("migration-dry-run-results");
		this.dryRunResults.addColumn(InstanceCheck::businessKey)
			.setKey("businessKey")
			.setHeader(getTranslation("processes.col.businessKey"))
			.setAutoWidth(true);
		this.dryRunResults
			.addColumn(c -> c.ok() ? getTranslation("processes.migration.ok") : String.join(" / ", c.problems()))
			.setKey("result")
			.setHeader(getTranslation("processes.migration.col.result"))
			.setFlexGrow(1);
		this.dryRunResults.setAllRowsVisible(true);
		this.dryRunResults.setVisible(false);

		VerticalLayout content = new VerticalLayout(new Paragraph(getTranslation("processes.migration.intro")), bar,
				this.mappings, this.planErrors, this.dryRunSummary, this.dryRunResults);
		content.setPadding(false);
		Details details = new Details(getTranslation("processes.migration.title"), content);
		details.setId("migration-panel");
		details.setOpened(true);
		details.setWidthFull();
		return details;
	}

	private ComboBox<TargetActivity> targetChooser(ActivityMapping mapping) {
		ComboBox<TargetActivity> box = new ComboBox<>();
		box.setId("mapping-" + mapping.sourceActivityId());
		box.setItems(this.lastPreview == null ? List.of() : this.lastPreview.targets());
		box.setItemLabelGenerator(t -> t.name() + " (" + t.id() + ")");
		box.setPlaceholder(getTranslation("processes.migration.unmapped"));
		box.setClearButtonVisible(true);
		box.setWidthFull();
		if (mapping.targetActivityId() != null && this.lastPreview != null) {
			this.lastPreview.targets()
				.stream()
				.filter(t -> t.id().equals(mapping.targetActivityId()))
				.findFirst()
				.ifPresent(box::setValue);
		}
		box.addValueChangeListener(e -> {
			String chosen = e.getValue() == null ? null : e.getValue().id();
			if (chosen == null || (chosen.equals(mapping.targetActivityId()) && !mapping.manual())) {
				// clearing falls back to the engine's mapping by equal id, if any
				this.manual.remove(mapping.sourceActivityId());
			}
			else {
				this.manual.put(mapping.sourceActivityId(), chosen);
			}
			// Validate the changed plan at once: the status column and the plan errors
			// follow.
			preview();
		});
		return box;
	}

	private MigrationPreview lastPreview;

	private Grid<BatchOperation> batchGrid() {
		this.batches.setId("batch-history");
		this.batches.addColumn(b -> getTranslation("processes.kind." + b.kind()))
			.setKey("kind")
			.setHeader(getTranslation("processes.col.kind"))
			.setAutoWidth(true);
		this.batches.addColumn(b -> getTranslation("processes.batchState." + b.state()))
			.setKey("state")
			.setHeader(getTranslation("processes.col.state"))
			.setAutoWidth(true);
		this.batches.addComponentColumn(b -> {
			ProgressBar bar = new ProgressBar(0, Math.max(1, b.totalJobs()),
					b.state() == State.COMPLETED ? Math.max(1, b.totalJobs()) : b.completedJobs());
			bar.setWidth("8em");
			Span text = new Span(
					getTranslation("processes.progress", b.completedJobs(), b.totalJobs(), b.failedJobs()));
			return new Div(bar, text);
		}).setKey("progress").setHeader(getTranslation("processes.col.progress")).setAutoWidth(true);
		this.batches.addColumn(BatchOperation::instances)
			.setKey("instances")
			.setHeader(getTranslation("processes.col.instances"))
			.setAutoWidth(true);
		this.batches.addColumn(BatchOperation::performedBy)
			.setKey("by")
			.setHeader(getTranslation("processes.col.by"))
			.setAutoWidth(true);
		this.batches.addColumn(BatchOperation::reason)
			.setKey("reason")
			.setHeader(getTranslation("processes.col.reason"))
			.setFlexGrow(1);
		this.batches.addColumn(b -> TIME.format(b.createdAt()))
			.setKey("created")
			.setHeader(getTranslation("processes.col.created"))
			.setAutoWidth(true);
		this.batches.setAllRowsVisible(true);
		this.batches.setEmptyStateText(getTranslation("processes.batch.noBatches"));
		return this.batches;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.versions = this.operations.definitions().stream().flatMap(d -> d.versions().stream()).toList();
		this.definition.setItems(this.versions);
		String wanted = event.getLocation().getQueryParameters().getSingleParameter("definition").orElse(null);
		this.versions.stream().filter(v -> v.id().equals(wanted)).findFirst().ifPresent(this.definition::setValue);
		refreshBatches();
	}

	private void definitionChanged() {
		DefinitionVersion chosen = this.definition.getValue();
		this.manual.clear();
		this.lastPreview = null;
		this.mappings.setVisible(false);
		this.planErrors.setText("");
		resetDryRun();
		if (chosen == null) {
			this.instances.setItems(List.of());
			return;
		}
		this.activity.setItems(this.operations.heat(chosen.id())
			.activities()
			.values()
			.stream()
			.filter(a -> a.running() > 0)
			.map(ProcessOperations.ActivityCount::activityId)
			.toList());
		this.target.setItems(this.versions.stream()
			.filter(v -> v.key().equals(chosen.key()) && !v.id().equals(chosen.id()))
			.toList());
		this.versions.stream()
			.filter(v -> v.key().equals(chosen.key()) && v.version() > chosen.version())
			.findFirst()
			.ifPresent(this.target::setValue);
		search();
	}

	void search() {
		if (this.definition.getValue() == null) {
			return;
		}
		this.instances.setItems(this.operations.instances(new InstanceFilter(this.definition.getValue().id(),
				this.activity.getValue(), this.incidentsOnly.getValue(), this.businessKey.getValue())));
		this.instances.deselectAll();
	}

	List<String> selectedIds() {
		return this.instances.getSelectedItems().stream().map(InstanceRow::id).toList();
	}

	private Button action(String id, String key, Supplier<BatchOperation> operation) {
		Button button = new Button(getTranslation(key), e -> run(operation));
		button.setId(id);
		return button;
	}

	void run(Supplier<BatchOperation> operation) {
		try {
			BatchOperation op = operation.get();
			Notification
				.show(getTranslation("processes.batch.started", getTranslation("processes.kind." + op.kind()),
						op.instances()), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			this.reason.clear();
			resetDryRun();
			refreshBatches();
			search();
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	void preview() {
		if (this.definition.getValue() == null || this.target.getValue() == null) {
			return;
		}
		try {
			this.lastPreview = this.operations.previewMigration(this.definition.getValue().id(),
					this.target.getValue().id(), this.manual);
		}
		catch (UserFacingException ex) {
			this.planErrors.setText(getTranslation(ex.messageKey(), ex.args()));
			return;
		}
		// Unmapped activities first: they are what the user must decide on.
		this.mappings.setItems(this.lastPreview.mappings()
			.stream()
			.sorted(java.util.Comparator.comparing((ActivityMapping m) -> !m.unmapped()))
			.toList());
		this.mappings.setVisible(true);
		long unmapped = this.lastPreview.mappings().stream().filter(ActivityMapping::unmapped).count();
		List<String> messages = new ArrayList<>(this.lastPreview.planErrors());
		if (unmapped > 0) {
			messages.add(0, getTranslation("processes.migration.unmappedCount", unmapped));
		}
		this.planErrors.setText(String.join(" · ", messages));
		resetDryRun();
	}

	void dryRun() {
		if (this.definition.getValue() == null || this.target.getValue() == null) {
			return;
		}
		try {
			MigrationDryRun result = this.operations.dryRunMigration(this.definition.getValue().id(),
					this.target.getValue().id(), this.manual, selectedIds());
			this.dryRunResults.setItems(
					result.instances().stream().sorted(java.util.Comparator.comparing(InstanceCheck::ok)).toList());
			this.dryRunResults.setVisible(true);
			long failing = result.instances().stream().filter(c -> !c.ok()).count();
			this.dryRunSummary
				.setText(result.ok() ? getTranslation("processes.migration.dryRunOk", result.instances().size())
						: getTranslation("processes.migration.dryRunFailed", failing, result.instances().size(),
								String.join("; ", result.planErrors())));
			this.dryRunSummary.getStyle()
				.set("color", result.ok() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
			this.migrate.setEnabled(result.ok());
		}
		catch (UserFacingException ex) {
			this.dryRunSummary.setText(getTranslation(ex.messageKey(), ex.args()));
			this.migrate.setEnabled(false);
		}
	}

	private void resetDryRun() {
		this.migrate.setEnabled(false);
		this.dryRunResults.setVisible(false);
		this.dryRunSummary.setText("");
	}

	void refreshBatches() {
		show(this.operations.operations(20));
	}

	private void show(List<BatchOperation> latest) {
		boolean wasWatching = this.watching;
		this.batches.setItems(latest);
		this.watching = latest.stream().anyMatch(b -> b.state() == State.RUNNING);
		if (wasWatching && !this.watching) {
			// the last running operation finished: the instances changed
			search();
		}
	}

	/** Whether an operation on screen still runs, so that the poller fetches progress. */
	private volatile boolean watching;

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		UI ui = event.getUI();
		this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
			Thread t = new Thread(r, "batch-progress");
			t.setDaemon(true);
			return t;
		});
		// Progress is pushed (@Push): the query runs off the request thread as the
		// signed-in
		// user, the grid is updated under the session lock only when something changed.
		this.poller.scheduleWithFixedDelay(new DelegatingSecurityContextRunnable(() -> {
			if (!this.watching || !ui.isAttached()) {
				return;
			}
			List<BatchOperation> latest = this.operations.operations(20);
			ui.access(() -> show(latest));
		}), 2, 2, TimeUnit.SECONDS);
	}

	@Override
	protected void onDetach(DetachEvent event) {
		if (this.poller != null) {
			this.poller.shutdownNow();
			this.poller = null;
		}
		super.onDetach(event);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("processes.batch.title") + " · BokjiFlow";
	}

}
