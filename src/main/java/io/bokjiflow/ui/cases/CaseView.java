package io.bokjiflow.ui.cases;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.CaseRecords;
import io.bokjiflow.ui.tasklist.CaseDocumentsPanel;
import io.bokjiflow.casework.CaseRecords.AuditEntry;
import io.bokjiflow.casework.CaseRecords.CaseOverview;
import io.bokjiflow.casework.CaseRecords.Diagram;
import io.bokjiflow.casework.CaseRecords.EvidenceAge;
import io.bokjiflow.casework.CaseRecords.ProcessPosition;
import io.bokjiflow.casework.DecisionLetters;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.Fact;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.i18n.UiLocale;
import io.bokjiflow.ui.persons.PersonView;
import jakarta.annotation.security.RolesAllowed;

/**
 * One case (application) as a whole, for caseworkers and supervisors of the case's 시·군·구:
 * the applicant and household (masked), qualifications and benefit history, the evidence
 * with its provenance and age (re-fetchable while the case is open), the eligibility and
 * recognised-income explanation, the decision history and letter, the process diagram of
 * the version the case runs on with where it stands, and the audit trail. Anyone else
 * gets the same "not found" as for a number that does not exist.
 */
@Route(value = "cases/:applicationNo", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
@StyleSheet("context://styles/case-view.css")
public class CaseView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** Route parameter. */
	public static final String APPLICATION_NO = "applicationNo";

	private final CaseRecords records;

	private final DecisionLetters letters;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final Clock clock;

	private String applicationNo;

	private String title = "";

	ProcessDiagram diagram;

	Select<Diagram> diagramSelect;

	private final CaseDocuments documents;

	private final Casework casework;

	public CaseView(CaseRecords records, DecisionLetters letters, ProgramCatalog catalog, Identity identity,
			Clock clock, CaseDocuments documents, Casework casework) {
		this.casework = casework;
		this.documents = documents;
		this.records = records;
		this.letters = letters;
		this.catalog = catalog;
		this.identity = identity;
		this.clock = clock;
		addClassName("case-view");
	}

	/** The route parameters of a case. */
	public static RouteParameters parameters(String applicationNo) {
		return new RouteParameters(APPLICATION_NO, applicationNo);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.applicationNo = event.getRouteParameters().get(APPLICATION_NO).orElse(null);
		refresh();
	}

	private void refresh() {
		removeAll();
		CaseOverview overview = this.records.overview(this.applicationNo).orElse(null);
		if (overview == null) {
			this.title = getTranslation("caseview.notFound");
			H2 heading = new H2(this.title);
			heading.setId("case-not-found");
			add(heading, new Paragraph(getTranslation("caseview.notFound.text")));
			return;
		}
		render(overview);
	}

	private void render(CaseOverview overview) {
		Locale locale = getLocale();
		CaseFile file = overview.caseFile();
		ApplicationSummary app = file.application();
		this.title = getTranslation("caseview.title", app.applicationNo(), program(app.programCode()));
		H2 heading = new H2(this.title);
		heading.setId("case-title");
		Span status = new Span(getTranslation("applicationStatus." + app.status()));
		status.getElement().getThemeList().add(overview.open() ? "badge" : "badge success");
		status.setId("case-status");
		add(heading, status);

		FlexLayout top = new FlexLayout(personSection(overview, locale), benefitSection(overview, locale));
		top.addClassName("task-columns");
		top.setWidthFull();
		add(top);
		add(evidenceSection(overview));
		FlexLayout middle = new FlexLayout(explanationSection(file), decisionSection(overview));
		middle.addClassName("task-columns");
		middle.setWidthFull();
		add(middle);
		// Comments and attachments: the same panel as in the task view.
		add(new CaseDocumentsPanel(this.documents, app.applicationNo()));
		add(processSection());
		add(auditSection());
	}

	private Component personSection(CaseOverview overview, Locale locale) {
		CaseFile file = overview.caseFile();
		ApplicationSummary app = file.application();
		VerticalLayout box = section("caseview.person", "case-person");
		box.add(fact("task.program", program(app.programCode())),
				fact("task.applicant", app.applicantMasked() + " (" + file.applicantMaskedRrn() + ")"),
				fact("task.adminDong",
						this.identity.organization(app.adminDongCode())
							.map(o -> o.name(locale))
							.orElse(app.adminDongCode())),
				fact("task.submitted", EvidenceCard.DATE_TIME.format(app.submittedAt())),
				fact("caseview.submittedBy", displayName(app.submittedBy())),
				fact("task.due", String.valueOf(app.decisionDueOn())));
		RouterLink person = new RouterLink(getTranslation("person.open"), PersonView.class,
				new RouteParameters(PersonView.PERSON_ID, app.personId().toString()));
		person.setId("case-open-person");
		box.add(person);
		PersonProfile profile = overview.applicant().orElse(null);
		if (profile == null) {
			return box;
		}
		box.add(subheading("person.household", profile.household().size()));
		box.add(grid(profile.household(), "case-household", grid -> {
			grid.addColumn(PersonProfile.Member::maskedName).setHeader(getTranslation("person.col.name"));
			grid.addColumn(m -> getTranslation("relationship." + m.relationship()))
				.setHeader(getTranslation("person.col.relationship"));
			grid.addColumn(m -> String.valueOf(m.birthDate().getYear())).setHeader(getTranslation("person.col.born"));
			grid.addColumn(m -> getTranslation("personStatus." + m.status()))
				.setHeader(getTranslation("person.col.state"));
		}));
		java.time.LocalDate today = java.time.LocalDate.now(this.clock);
		box.add(subheading("person.qualifications", profile.qualifications().size()));
		box.add(grid(profile.qualifications(), "case-qualifications", grid -> {
			grid.addColumn(q -> getTranslation("qualification." + q.kind()))
				.setHeader(getTranslation("person.col.kind"));
			grid.addColumn(q -> q.validFrom() + " ~ " + (q.validTo() == null ? "" : q.validTo()))
				.setHeader(getTranslation("person.col.period"));
			grid.addColumn(q -> getTranslation(q.validOn(today) ? "person.current" : "person.past"))
				.setHeader(getTranslation("person.col.state"));
		}));
		return box;
	}

	private Component benefitSection(CaseOverview overview, Locale locale) {
		VerticalLayout box = section("caseview.benefits", "case-benefits");
		box.add(subheading("caseview.otherApplications", overview.otherApplications().size()));
		box.add(grid(overview.otherApplications(), "case-other-applications", grid -> {
			grid.addComponentColumn(
					a -> new RouterLink(a.applicationNo(), CaseView.class, parameters(a.applicationNo())))
				.setHeader(getTranslation("person.col.applicationNo"));
			grid.addColumn(a -> program(a.programCode())).setHeader(getTranslation("person.col.program"));
			grid.addColumn(a -> getTranslation("applicationStatus." + a.status()))
				.setHeader(getTranslation("person.col.state"));
			grid.addColumn(a -> EvidenceCard.DATE_TIME.format(a.submittedAt()))
				.setHeader(getTranslation("task.submitted"));
		}));
		List<PersonProfile.Benefit> benefits = overview.applicant().map(PersonProfile::benefits).orElse(List.of());
		NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
		box.add(subheading("person.benefits", benefits.size()));
		box.add(grid(benefits, "case-registry-benefits", grid -> {
			grid.addColumn(b -> this.catalog.program(b.programCode())
				.map(p -> p.name(locale))
				.orElse(getTranslation("benefitProgram." + b.programCode())))
				.setHeader(getTranslation("person.col.program"));
			grid.addColumn(b -> b.periodFrom() + " ~ " + (b.periodTo() == null ? "" : b.periodTo()))
				.setHeader(getTranslation("person.col.period"));
			grid.addColumn(b -> won.format(b.amountWon())).setHeader(getTranslation("person.col.monthly"));
			grid.addColumn(b -> getTranslation("benefitStatus." + b.status()))
				.setHeader(getTranslation("person.col.state"));
		}));
		return box;
	}

	private Component evidenceSection(CaseOverview overview) {
		VerticalLayout box = section("caseview.evidence", "case-evidence");
		Paragraph rule = new Paragraph(getTranslation("caseview.freshness.rule", CaseRecords.STALE_AFTER.toDays()));
		rule.addClassName("hint");
		box.add(rule);
		if (overview.evidence().isEmpty()) {
			box.add(new Paragraph(getTranslation("task.evidence.none")));
		}
		Set<String> refetchable = new LinkedHashSet<>();
		Div cards = new Div();
		cards.addClassName("case-evidence-cards");
		for (EvidenceAge age : overview.evidence()) {
			EvidenceCard card = new EvidenceCard(age.evidence());
			Fact freshness = fact("caseview.freshness", age(age.age())
					+ (age.stale() ? " · " + getTranslation("caseview.stale", CaseRecords.STALE_AFTER.toDays()) : ""));
			freshness.addClassName(age.stale() ? "evidence-stale" : "evidence-fresh");
			card.add(freshness);
			if (age.stale()) {
				card.addClassName("stale");
			}
			cards.add(card);
			refetchable.add(age.evidence().dataset());
		}
		box.add(cards);
		if (overview.open() && !refetchable.isEmpty()) {
			FlexLayout buttons = new FlexLayout();
			buttons.addClassName("refetch-buttons");
			for (String dataset : refetchable) {
				Button refetch = new Button(getTranslation("caseview.refetch", getTranslation("dataset." + dataset)),
						VaadinIcon.REFRESH.create(), e -> refetch(dataset));
				refetch.setId("refetch-" + dataset);
				refetch.addThemeVariants(ButtonVariant.LUMO_SMALL);
				refetch.setDisableOnClick(true);
				buttons.add(refetch);
			}
			box.add(buttons);
		}
		else if (!overview.open()) {
			Paragraph closed = new Paragraph(getTranslation("caseview.refetch.closed"));
			closed.addClassName("hint");
			box.add(closed);
		}
		if (!overview.refetches().isEmpty()) {
			box.add(subheading("caseview.refetches", overview.refetches().size()));
			box.add(grid(overview.refetches(), "case-refetches", grid -> {
				grid.addColumn(r -> EvidenceCard.DATE_TIME.format(r.refetchedAt()))
					.setHeader(getTranslation("caseview.col.at"));
				grid.addColumn(r -> displayName(r.refetchedBy())).setHeader(getTranslation("caseview.col.who"));
				grid.addColumn(r -> getTranslation("dataset." + r.dataset()))
					.setHeader(getTranslation("task.evidence.dataset"));
				grid.addColumn(
						r -> "APPLICANT".equals(r.subject()) ? getTranslation("task.evidence.applicant") : r.subject())
					.setHeader(getTranslation("task.evidence.subject"));
				grid.addColumn(r -> (r.previousFetchedAt() == null ? "-"
						: EvidenceCard.DATE_TIME.format(r.previousFetchedAt())) + " → "
						+ EvidenceCard.DATE_TIME.format(r.fetchedAt()))
					.setHeader(getTranslation("caseview.col.fetchedBeforeAfter"));
				grid.addColumn(r -> getTranslation(r.changed() ? "caseview.refetch.changed" : "caseview.refetch.same"))
					.setHeader(getTranslation("caseview.col.answer"));
			}));
		}
		return box;
	}

	void refetch(String dataset) {
		try {
			int n = this.records.refetch(this.applicationNo, dataset).size();
			Notification
				.show(getTranslation("caseview.refetch.done", getTranslation("dataset." + dataset), n), 4000,
						Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		refresh();
	}

	private String age(Duration age) {
		if (age.toDays() >= 1) {
			return getTranslation("caseview.age.days", age.toDays());
		}
		if (age.toHours() >= 1) {
			return getTranslation("caseview.age.hours", age.toHours());
		}
		return getTranslation("caseview.age.minutes", Math.max(0, age.toMinutes()));
	}

	private Component explanationSection(CaseFile file) {
		VerticalLayout box = section("caseview.explanation", "case-explanation");
		box.add(new CaseExplanation(file));
		List<DuplicateConflict> conflicts = this.casework.duplicateConflicts(file.application().applicationNo());
		if (!conflicts.isEmpty()) {
			box.add(new DuplicateConflictsPanel(conflicts));
		}
		return box;
	}

	private Component decisionSection(CaseOverview overview) {
		CaseFile file = overview.caseFile();
		VerticalLayout box = section("caseview.decisions", "case-decisions");
		if (file.decision().isPresent()) {
			var d = file.decision().get();
			Fact outcome = fact("caseview.decision.outcome", getTranslation("applicationStatus." + d.outcome()));
			outcome.setId("case-decision-outcome");
			box.add(outcome,
					fact("caseview.decision.reason",
							d.reasonCode() + (d.reasonText() == null ? "" : " — " + d.reasonText())),
					fact("caseview.decision.by", displayName(d.decidedBy())),
					fact("caseview.decision.at", EvidenceCard.DATE_TIME.format(d.decidedAt())));
		}
		else {
			box.add(new Paragraph(getTranslation("caseview.decision.none")));
		}
		box.add(subheading("caseview.deadlineActions", overview.deadlineActions().size()));
		box.add(grid(overview.deadlineActions(), "case-deadline-actions", grid -> {
			grid.addColumn(a -> EvidenceCard.DATE_TIME.format(a.actedAt()))
				.setHeader(getTranslation("caseview.col.at"));
			grid.addColumn(a -> displayName(a.actedBy())).setHeader(getTranslation("caseview.col.who"));
			grid.addColumn(a -> getTranslation("caseview.deadline." + a.action()))
				.setHeader(getTranslation("caseview.col.action"));
			grid.addColumn(a -> a.dueBefore() + " → " + a.dueAfter() + (a.reason() == null ? "" : " · " + a.reason()))
				.setHeader(getTranslation("caseview.col.detail"));
		}));
		box.add(subheading("caseview.notices", overview.notices().size()));
		box.add(grid(overview.notices(), "case-notices", grid -> {
			grid.addColumn(n -> EvidenceCard.DATE_TIME.format(n.recordedAt()))
				.setHeader(getTranslation("caseview.col.at"));
			grid.addColumn(n -> getTranslation("caseview.channel." + n.channel()))
				.setHeader(getTranslation("caseview.col.channel"));
			grid.addColumn(CaseRecords.Notice::summary).setHeader(getTranslation("caseview.col.detail"));
		}));
		box.add(new H3(getTranslation("caseview.documents")));
		DecisionLetterLink.forCase(this.letters, file)
			.ifPresentOrElse(box::add, () -> box.add(new Paragraph(getTranslation("caseview.documents.none"))));
		return box;
	}

	private Component processSection() {
		VerticalLayout box = section("caseview.process", "case-process");
		ProcessPosition position = this.records.processPosition(this.applicationNo).orElse(null);
		if (position == null) {
			box.add(new Paragraph(getTranslation("caseview.process.none")));
			return box;
		}
		List<Diagram> diagrams = new ArrayList<>();
		diagrams.add(position.root());
		diagrams.addAll(position.called());
		Paragraph where = new Paragraph();
		where.setId("case-position");
		this.diagram = new ProcessDiagram(getTranslation("caseview.process.diagram"));
		this.diagram.setId("case-diagram");
		this.diagramSelect = new Select<>();
		this.diagramSelect.setId("case-diagram-select");
		this.diagramSelect.setLabel(getTranslation("caseview.process.select"));
		this.diagramSelect.setItems(diagrams);
		this.diagramSelect.setItemLabelGenerator(
				d -> UiLocale.pick(d.name() == null ? d.definitionKey() : d.name(), getLocale()) + " · v" + d.version()
						+ (d == position.root() ? "" : " (" + getTranslation("caseview.process.called") + ")"));
		this.diagramSelect.setWidth("28em");
		this.diagramSelect.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				show(e.getValue(), where);
			}
		});
		box.add(this.diagramSelect, where, this.diagram);
		Paragraph legend = new Paragraph(getTranslation("caseview.process.legend"));
		legend.addClassName("hint");
		box.add(legend);
		// Open the innermost running call activity: that is where the work waits.
		this.diagramSelect.setValue(diagrams.get(diagrams.size() - 1));
		return box;
	}

	private void show(Diagram d, Paragraph where) {
		this.diagram.setXml(d.bpmnXml());
		this.diagram.setActive(d.activeActivityIds());
		this.diagram.setCompleted(d.completedActivityIds());
		String names = d.activeActivityNames().stream().map(n -> UiLocale.pick(n, getLocale())).toList().toString();
		where.setText(d.ended() ? getTranslation("caseview.process.ended")
				: getTranslation("caseview.process.waitsIn", names.substring(1, names.length() - 1)));
		this.diagram.getElement()
			.setAttribute("aria-label", getTranslation("caseview.process.diagram") + ": " + where.getText());
	}

	private Component auditSection() {
		VerticalLayout box = section("caseview.audit", "case-audit");
		List<AuditEntry> entries = this.records.auditTrail(this.applicationNo);
		Paragraph hint = new Paragraph(getTranslation("caseview.audit.hint"));
		hint.addClassName("hint");
		box.add(hint);
		Grid<AuditEntry> grid = grid(entries, "case-audit-trail", g -> {
			g.addColumn(a -> a.at() == null ? "" : EvidenceCard.DATE_TIME.format(a.at()))
				.setHeader(getTranslation("caseview.col.at"));
			g.addColumn(a -> a.actorName() == null ? "" : a.actorName()).setHeader(getTranslation("caseview.col.who"));
			g.addColumn(a -> getTranslation("caseview.audit." + a.kind()))
				.setHeader(getTranslation("caseview.col.action"));
			g.addColumn(this::auditSubject).setHeader(getTranslation("caseview.col.subject"));
			g.addColumn(this::auditDetail).setHeader(getTranslation("caseview.col.detail"));
		});
		box.add(grid);
		return box;
	}

	private String auditSubject(AuditEntry a) {
		if (a.subject() == null) {
			return "";
		}
		return switch (a.kind()) {
			case "SUBMITTED" -> program(a.subject());
			case "EVIDENCE_FETCHED", "EVIDENCE_REFETCHED" -> getTranslation("dataset." + a.subject());
			case "DECIDED" -> getTranslation("applicationStatus." + a.subject());
			case "NOTICE_RECORDED" -> getTranslation("caseview.channel." + a.subject());
			default -> UiLocale.pick(a.subject(), getLocale());
		};
	}

	private String auditDetail(AuditEntry a) {
		if (a.detail() == null) {
			return "";
		}
		return a.detail().startsWith("APPLICANT ")
				? getTranslation("task.evidence.applicant") + a.detail().substring("APPLICANT".length()) : a.detail();
	}

	private String program(String code) {
		return this.catalog.program(code).map(p -> p.name(getLocale())).orElse(code);
	}

	private String displayName(String username) {
		if (username == null) {
			return "-";
		}
		return this.identity.user(username).map(u -> u.displayName()).orElse(username);
	}

	private VerticalLayout section(String titleKey, String id) {
		VerticalLayout box = new VerticalLayout();
		box.addClassName("form-card");
		box.addClassName("case-section");
		box.setId(id);
		box.setPadding(true);
		box.setSpacing(false);
		box.add(new H3(getTranslation(titleKey)));
		return box;
	}

	private H3 subheading(String key, int count) {
		H3 h = new H3(getTranslation(key) + " (" + count + ")");
		h.addClassName("case-subheading");
		return h;
	}

	private <T> Grid<T> grid(List<T> items, String id, Consumer<Grid<T>> columns) {
		Grid<T> grid = new Grid<>();
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		columns.accept(grid);
		grid.getColumns().forEach(c -> c.setAutoWidth(true).setResizable(true));
		grid.setItems(items);
		grid.setWidthFull();
		return grid;
	}

	private Fact fact(String labelKey, String value) {
		return new Fact(getTranslation(labelKey), value);
	}

	@Override
	public String getPageTitle() {
		return this.title + " · BokjiFlow";
	}

}
