package io.bokjiflow.ui.processes;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import io.bokjiflow.operations.ProcessOperations;
import io.bokjiflow.operations.ProcessOperations.ActivityCount;
import io.bokjiflow.operations.ProcessOperations.DefinitionVersion;
import io.bokjiflow.operations.ProcessOperations.ProcessDefinitionSummary;
import io.bokjiflow.operations.ProcessOperations.ProcessHeat;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.cases.ProcessDiagram;
import jakarta.annotation.security.RolesAllowed;

/**
 * The process view (프로세스 현황) for supervisors and administrators: the deployed process
 * definitions with running instances and incidents, and per version the BPMN diagram with
 * those counts on each activity and a heatmap of how often each activity and flow was
 * taken. A supervisor's counts are those of their 시·군·구.
 */
@Route(value = "processes", layout = MainLayout.class)
@RolesAllowed({ "SUPERVISOR", "ADMINISTRATOR" })
public class ProcessesView extends VerticalLayout implements HasDynamicTitle {

	private final ProcessOperations operations;

	final Grid<ProcessDefinitionSummary> definitions = new Grid<>();

	final ComboBox<DefinitionVersion> version = new ComboBox<>();

	final Checkbox heatmap = new Checkbox();

	final ProcessDiagram diagram = new ProcessDiagram("");

	final Grid<ActivityCount> activities = new Grid<>();

	final Button batch = new Button();

	private final VerticalLayout detail = new VerticalLayout();

	private final H3 detailTitle = new H3();

	final TextField search = new TextField();

	ProcessHeat shown;

	public ProcessesView(ProcessOperations operations) {
		this.operations = operations;
		addClassName("processes-view");
		setSizeFull();

		this.definitions.setId("process-definitions");
		this.definitions.addColumn(ProcessDefinitionSummary::key)
			.setKey("key")
			.setHeader(getTranslation("processes.col.key"))
			.setAutoWidth(true);
		this.definitions.addColumn(ProcessDefinitionSummary::name)
			.setKey("name")
			.setHeader(getTranslation("processes.col.name"))
			.setFlexGrow(1);
		this.definitions.addColumn(d -> d.versions().size())
			.setKey("versions")
			.setHeader(getTranslation("processes.col.versions"))
			.setAutoWidth(true);
		this.definitions.addColumn(ProcessDefinitionSummary::running)
			.setKey("running")
			.setHeader(getTranslation("processes.col.running"))
			.setAutoWidth(true);
		this.definitions.addColumn(ProcessDefinitionSummary::incidents)
			.setKey("incidents")
			.setHeader(getTranslation("processes.col.incidents"))
			.setAutoWidth(true);
		this.definitions.setHeight("280px");
		this.definitions.asSingleSelect().addValueChangeListener(e -> {
			if (e.getValue() != null) {
				select(e.getValue());
			}
		});

		this.version.setId("process-version");
		this.version.setLabel(getTranslation("processes.version"));
		this.version.setItemLabelGenerator(
				v -> getTranslation("processes.versionLabel", v.version(), v.running(), v.incidents()));
		this.version.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				show(e.getValue().id());
			}
		});
		this.heatmap.setId("process-heatmap");
		this.heatmap.setLabel(getTranslation("processes.heatmap"));
		this.heatmap.setValue(true);
		this.heatmap.addValueChangeListener(e -> this.diagram.setHeatmap(e.getValue()));
		this.batch.setText(getTranslation("processes.openBatch"));
		this.batch.setIcon(VaadinIcon.TASKS.create());
		this.batch.setId("process-open-batch");
		this.batch.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.batch.addClickListener(e -> {
			if (this.version.getValue() != null) {
				getUI().ifPresent(ui -> ui.navigate(BatchOperationsView.class,
						QueryParameters.simple(Map.of("definition", this.version.getValue().id()))));
			}
		});
		HorizontalLayout bar = new HorizontalLayout(this.version, this.heatmap, this.batch);
		bar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);

		this.diagram.getElement().setAttribute("aria-label", getTranslation("processes.diagram"));
		this.diagram.setId("process-view-diagram");
		this.diagram.setHeatmap(true);
		this.diagram.setHeight("460px");
		this.diagram.addElementClickListener(e -> this.activities.getListDataView()
			.getItems()
			.filter(a -> a.activityId().equals(e.elementId()))
			.findFirst()
			.ifPresent(this.activities::select));

		this.activities.setId("process-activity-counts");
		this.activities.addColumn(ActivityCount::activityId)
			.setKey("activity")
			.setHeader(getTranslation("processes.col.activity"))
			.setAutoWidth(true);
		this.activities.addColumn(ActivityCount::running)
			.setKey("running")
			.setHeader(getTranslation("processes.col.running"));
		this.activities.addColumn(ActivityCount::incidents)
			.setKey("incidents")
			.setHeader(getTranslation("processes.col.incidents"));
		this.activities.addColumn(ActivityCount::taken)
			.setKey("taken")
			.setHeader(getTranslation("processes.col.taken"));
		this.activities.setAllRowsVisible(true);

		Span legend = new Span(getTranslation("processes.legend"));
		legend.addClassName("process-legend");
		legend.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");

		this.detail.setPadding(false);
		this.detail.add(this.detailTitle, bar, legend, this.diagram, this.activities);
		this.detail.setVisible(false);

		// Dozens of processes: a search narrows the list by key or name.
		this.search.setId("process-search");
		this.search.setPlaceholder(getTranslation("processes.search"));
		this.search.setAriaLabel(getTranslation("processes.search"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.setWidth("24em");
		add(new H2(getTranslation("processes.title")), new Paragraph(getTranslation("processes.intro")), this.search,
				this.definitions, this.detail);
		this.definitions.setItems(this.operations.definitions()).setFilter(d -> matches(d, this.search.getValue()));
		this.search.addValueChangeListener(e -> this.definitions.getListDataView().refreshAll());
	}

	private static boolean matches(ProcessDefinitionSummary definition, String text) {
		if (text == null || text.isBlank()) {
			return true;
		}
		String needle = text.strip().toLowerCase(java.util.Locale.ROOT);
		return definition.key().toLowerCase(java.util.Locale.ROOT).contains(needle)
				|| (definition.name() != null && definition.name().toLowerCase(java.util.Locale.ROOT).contains(needle));
	}

	void select(ProcessDefinitionSummary summary) {
		this.detailTitle.setText(summary.name() + " (" + summary.key() + ")");
		this.version.setItems(summary.versions());
		// The newest version that still has running instances, else the newest.
		this.version
			.setValue(summary.versions().stream().filter(v -> v.running() > 0).findFirst().orElse(summary.latest()));
		this.detail.setVisible(true);
	}

	void show(String definitionId) {
		this.shown = this.operations.heat(definitionId);
		this.diagram.setXml(this.shown.bpmnXml());
		List<ProcessDiagram.ElementCount> counts = this.shown.activities()
			.values()
			.stream()
			.map(a -> new ProcessDiagram.ElementCount(a.activityId(), a.running(), a.incidents(), a.taken()))
			.toList();
		this.diagram.setCounts(counts);
		this.activities.setItems(this.shown.activities().values());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("processes.title") + " · BokjiFlow";
	}

}
