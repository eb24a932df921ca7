package io.bokjiflow.ui.designer;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import io.bokjiflow.designer.DesignerAuditEntry;
import io.bokjiflow.designer.DesignerDeployment;
import io.bokjiflow.designer.DesignerResource;
import io.bokjiflow.designer.ModelChange;
import io.bokjiflow.designer.ModelDiff;
import io.bokjiflow.designer.ProcessDesigner;
import io.bokjiflow.designer.ResourceKind;
import io.bokjiflow.designer.ValidationFinding;
import io.bokjiflow.designer.ValidationReport;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The process designer (프로세스 디자이너): pick a deployed BPMN process, DMN decision or Camunda
 * form, edit it in bpmn-js / dmn-js / form-js, validate it on the server, compare it with
 * the deployed version and deploy it as a new version with a comment. Only for process
 * designers (the service checks the role again on deploy).
 */
@Route(value = "designer", layout = MainLayout.class)
@RolesAllowed("PROCESS_DESIGNER")
public class DesignerView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Seoul"));

	/**
	 * The process archive's deployment name
	 * ({@code @EnableProcessApplication("bokjiflow")}).
	 */
	private static final String STARTUP_DEPLOYMENT = "bokjiflow";

	private final ProcessDesigner designer;

	final TextField filter = new TextField();

	final Grid<DesignerResource> resources = new Grid<>();

	final Div editorSlot = new Div();

	final Span current = new Span();

	final Button validate = new Button();

	final Button diff = new Button();

	final Button reset = new Button();

	final Anchor download = new Anchor();

	final TextField comment = new TextField();

	final Button deploy = new Button();

	final Div findings = new Div();

	final Grid<ModelChange> changes = new Grid<>();

	final Pre textDiff = new Pre();

	final Details textDiffDetails;

	final Grid<DesignerAuditEntry> audit = new Grid<>();

	private List<DesignerResource> all = List.of();

	private DesignerResource selected;

	private ModelEditor editor;

	public DesignerView(ProcessDesigner designer) {
		this.designer = designer;
		addClassName("designer-view");
		setWidthFull();

		this.filter.setId("designer-filter");
		this.filter.setPlaceholder(getTranslation("designer.filter"));
		this.filter.setClearButtonVisible(true);
		this.filter.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
		this.filter.addValueChangeListener(e -> showResources());

		this.resources.setId("designer-resources");
		this.resources.addColumn(r -> r.kind().name())
			.setHeader(getTranslation("designer.col.kind"))
			.setAutoWidth(true);
		this.resources.addColumn(DesignerResource::name).setHeader(getTranslation("designer.col.name")).setFlexGrow(2);
		this.resources.addColumn(DesignerResource::resourceName)
			.setHeader(getTranslation("designer.col.resource"))
			.setFlexGrow(2);
		this.resources.addColumn(r -> r.version() == 0 ? "" : "v" + r.version())
			.setHeader(getTranslation("designer.col.version"))
			.setAutoWidth(true);
		this.resources.addColumn(this::source).setHeader(getTranslation("designer.col.source")).setAutoWidth(true);
		this.resources.addColumn(r -> WHEN.format(r.deployedAt()))
			.setHeader(getTranslation("designer.col.deployedAt"))
			.setAutoWidth(true);
		this.resources.setHeight("220px");
		this.resources.asSingleSelect().addValueChangeListener(e -> {
			if (e.getValue() != null) {
				open(e.getValue());
			}
		});

		this.current.setId("designer-current");
		this.editorSlot.setId("designer-editor");
		this.editorSlot.setWidthFull();

		this.validate.setText(getTranslation("designer.validate"));
		this.validate.setId("designer-validate");
		this.validate.addClickListener(e -> validate());
		this.diff.setText(getTranslation("designer.diff"));
		this.diff.setId("designer-diff");
		this.diff.addClickListener(e -> diff());
		this.reset.setText(getTranslation("designer.reset"));
		this.reset.setId("designer-reset");
		this.reset.addClickListener(e -> {
			if (this.selected != null) {
				this.editor.setContent(this.designer.content(this.selected.resourceName()));
				clearResults();
			}
		});
		this.download.setText(getTranslation("designer.download"));
		this.download.setId("designer-download");
		this.comment.setId("designer-comment");
		this.comment.setLabel(getTranslation("designer.comment"));
		this.comment.setPlaceholder(getTranslation("designer.comment.placeholder"));
		this.comment.setWidth("28em");
		this.comment.setMaxLength(1000);
		this.deploy.setText(getTranslation("designer.deploy"));
		this.deploy.setId("designer-deploy");
		this.deploy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.deploy.addClickListener(e -> deploy());
		HorizontalLayout actions = new HorizontalLayout(this.validate, this.diff, this.reset, this.download,
				this.comment, this.deploy);
		actions.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		actions.setWrap(true);

		this.findings.setId("designer-findings");
		this.findings.addClassName("designer-findings");
		this.changes.setId("designer-changes");
		this.changes.addColumn(c -> getTranslation("designer.change." + c.kind()))
			.setHeader(getTranslation("designer.col.change"))
			.setAutoWidth(true);
		this.changes.addColumn(ModelChange::elementId)
			.setHeader(getTranslation("designer.col.element"))
			.setAutoWidth(true);
		this.changes.addColumn(ModelChange::elementType)
			.setHeader(getTranslation("designer.col.type"))
			.setAutoWidth(true);
		this.changes.addColumn(c -> c.name() == null ? "" : c.name()).setHeader(getTranslation("designer.col.name"));
		this.changes.addColumn(c -> c.detail() == null ? "" : c.detail())
			.setHeader(getTranslation("designer.col.detail"))
			.setFlexGrow(3);
		this.changes.setAllRowsVisible(true);
		this.changes.setVisible(false);
		this.textDiff.setId("designer-text-diff");
		this.textDiff.getStyle().set("max-height", "320px").set("overflow", "auto").set("font-size", "12px");
		this.textDiffDetails = new Details(getTranslation("designer.textDiff"), this.textDiff);
		this.textDiffDetails.setVisible(false);

		this.audit.setId("designer-audit");
		this.audit.addColumn(a -> WHEN.format(a.deployedAt()))
			.setHeader(getTranslation("designer.col.deployedAt"))
			.setAutoWidth(true);
		this.audit.addColumn(DesignerAuditEntry::deployedBy)
			.setHeader(getTranslation("designer.col.by"))
			.setAutoWidth(true);
		this.audit.addColumn(DesignerAuditEntry::resourceName).setHeader(getTranslation("designer.col.resource"));
		this.audit.addColumn(a -> version(a.previousVersion()) + " → " + version(a.newVersion()))
			.setHeader(getTranslation("designer.col.version"))
			.setAutoWidth(true);
		this.audit.addColumn(DesignerAuditEntry::comment).setHeader(getTranslation("designer.comment")).setFlexGrow(2);
		this.audit.setAllRowsVisible(true);
		Details auditDetails = new Details(getTranslation("designer.audit"), this.audit);

		add(new H2(getTranslation("designer.title")), new Paragraph(getTranslation("designer.intro")), this.filter,
				this.resources, this.current, this.editorSlot, actions, this.findings, this.changes,
				this.textDiffDetails, auditDetails);
		refreshResources();
		refreshAudit();
	}

	private String source(DesignerResource resource) {
		if (resource.fromDesigner()) {
			return getTranslation("designer.source.designer");
		}
		return STARTUP_DEPLOYMENT.equals(resource.deploymentName()) ? getTranslation("designer.source.startup")
				: String.valueOf(resource.deploymentName());
	}

	private static String version(Integer version) {
		return version == null ? "–" : "v" + version;
	}

	private void refreshResources() {
		this.all = this.designer.resources();
		showResources();
	}

	private void showResources() {
		String text = this.filter.getValue() == null ? "" : this.filter.getValue().trim().toLowerCase(Locale.ROOT);
		this.resources.setItems(this.all.stream()
			.filter(r -> text.isEmpty() || r.resourceName().toLowerCase(Locale.ROOT).contains(text)
					|| r.name().toLowerCase(Locale.ROOT).contains(text))
			.toList());
	}

	private void refreshAudit() {
		this.audit.setItems(this.designer.auditLog(20));
	}

	/** Opens a resource in the editor of its kind. */
	void open(DesignerResource resource) {
		this.selected = resource;
		ModelEditor next = switch (resource.kind()) {
			case BPMN -> this.editor instanceof BpmnModeler b ? b : new BpmnModeler();
			case DMN -> this.editor instanceof DmnModeler d ? d : new DmnModeler();
			case FORM -> this.editor instanceof FormEditor f ? f : new FormEditor();
		};
		if (next != this.editor) {
			this.editorSlot.removeAll();
			this.editor = next;
			this.editor.setWidthFull();
			if (this.editor instanceof BpmnModeler bpmn) {
				bpmn.setLintMessages(lintMessages());
			}
			this.editorSlot.add(this.editor);
		}
		this.editor.setContent(this.designer.content(resource.resourceName()));
		this.current.setText(getTranslation("designer.current", resource.name(), resource.resourceName(),
				resource.version() == 0 ? "" : "v" + resource.version()));
		String fileName = resource.resourceName().substring(resource.resourceName().lastIndexOf('/') + 1);
		this.download
			.setHref(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
					new java.io.ByteArrayInputStream(this.editor.getContent().getBytes(StandardCharsets.UTF_8)),
					fileName, "application/xml", -1)));
		this.download.getElement().setAttribute("download", fileName);
		clearResults();
	}

	private String lintMessages() {
		return "{\"designer.lint.httl\":\"" + json(getTranslation("designer.lint.httl"))
				+ "\",\"designer.lint.readableId\":\"" + json(getTranslation("designer.lint.readableId")) + "\"}";
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	private void clearResults() {
		this.findings.removeAll();
		this.changes.setVisible(false);
		this.textDiffDetails.setVisible(false);
	}

	/** The editor shown, or {@code null} before a resource was picked. */
	ModelEditor editor() {
		return this.editor;
	}

	/** Validates the edited model on the server and shows the findings. */
	ValidationReport validate() {
		if (this.selected == null) {
			return null;
		}
		ValidationReport report = this.designer.validate(this.selected.resourceName(), this.editor.getContent());
		showFindings(report);
		return report;
	}

	private void showFindings(ValidationReport report) {
		this.findings.removeAll();
		if (report.findings().isEmpty()) {
			Span ok = new Span(getTranslation("designer.valid"));
			ok.addClassName("designer-valid");
			this.findings.add(ok);
			return;
		}
		for (ValidationFinding finding : report.findings()) {
			this.findings.add(findingLine(finding));
		}
	}

	private Component findingLine(ValidationFinding finding) {
		StringBuilder text = new StringBuilder(getTranslation(finding.error() ? "designer.error" : "designer.warning"));
		text.append(' ');
		if (finding.elementId() != null) {
			text.append(getTranslation("designer.finding.element", finding.elementId())).append(' ');
		}
		if (finding.line() > 0) {
			text.append(getTranslation("designer.finding.line", finding.line())).append(' ');
		}
		text.append(getTranslation(finding.messageKey(), finding.elementId() == null ? "" : finding.elementId(),
				finding.detail() == null ? "" : finding.detail()));
		Div line = new Div(text.toString());
		line.addClassName(finding.error() ? "designer-finding-error" : "designer-finding-warning");
		line.getStyle().set("color", finding.error() ? "var(--lumo-error-text-color)" : "#8d6e00");
		return line;
	}

	/** Compares the edited model with the deployed version. */
	ModelDiff diff() {
		if (this.selected == null) {
			return null;
		}
		ModelDiff result = this.designer.diff(this.selected.resourceName(), this.editor.getContent());
		this.changes.setItems(result.changes());
		this.changes.setVisible(true);
		this.changes.setEmptyStateText(getTranslation("designer.noChanges"));
		this.textDiff
			.setText(result.unifiedDiff().isBlank() ? getTranslation("designer.noChanges") : result.unifiedDiff());
		this.textDiffDetails.setVisible(true);
		return result;
	}

	/** Validates, then deploys the edited model as a new version. */
	void deploy() {
		if (this.selected == null) {
			return;
		}
		ValidationReport report = validate();
		if (!report.deployable()) {
			Notification n = Notification.show(getTranslation("designer.error.invalid", report.errors().size()), 6000,
					Notification.Position.TOP_CENTER);
			n.addThemeVariants(NotificationVariant.LUMO_ERROR);
			return;
		}
		DesignerDeployment deployed = this.designer.deploy(this.selected.resourceName(), this.editor.getContent(),
				this.comment.getValue());
		Notification n = Notification.show(
				getTranslation("designer.deployed", deployed.resourceName(),
						deployed.newVersion() == 0 ? "" : "v" + deployed.newVersion()),
				6000, Notification.Position.TOP_CENTER);
		n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		this.comment.clear();
		refreshResources();
		refreshAudit();
		this.all.stream().filter(r -> r.resourceName().equals(deployed.resourceName())).findFirst().ifPresent(r -> {
			this.selected = r;
			this.current.setText(getTranslation("designer.current", r.name(), r.resourceName(),
					r.version() == 0 ? "" : "v" + r.version()));
		});
	}

	/** The kind of the open resource, or {@code null}. */
	ResourceKind openKind() {
		return this.selected == null ? null : this.selected.kind();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("designer.title") + " · BokjiFlow";
	}

}
