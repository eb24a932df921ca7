package io.bokjiflow.ui.tasklist;

import java.text.NumberFormat;

import java.util.Map;

import java.util.List;

import java.util.ArrayList;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import java.util.Set;

import io.bokjiflow.casework.CamundaForm;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.TaskDraft;
import io.bokjiflow.casework.TaskDrafts;
import io.bokjiflow.ui.forms.FilePickerField;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.casework.RecognisedIncome;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.EvidenceView;
import io.bokjiflow.casework.FormValidationException;
import io.bokjiflow.casework.TaskDetails;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.Fact;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.forms.CamundaFormRenderer;
import io.bokjiflow.ui.i18n.UiLocale;
import io.bokjiflow.ui.persons.PersonView;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

/**
 * One task at work: the case file (applicant masked, evidence with provenance, the rule
 * result) beside the task's form, rendered from the form deployed with this case's
 * process version.
 */
@Route(value = "tasks/:taskId", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class TaskView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

	static final String TASK_ID = "taskId";

	private final NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final CaseTasks tasks;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final TaskDrafts drafts;

	private final CaseDocuments documents;

	CamundaFormRenderer formRenderer;

	Button saveDraft;

	Paragraph draftNote;

	CaseDocumentsPanel documentsPanel;

	/** Whether the form has changes that are neither saved as a draft nor submitted. */
	boolean unsaved;

	Button complete;

	Button claim;

	private String taskId;

	private String applicationNo;

	private String title = "";

	public TaskView(CaseTasks tasks, ProgramCatalog catalog, Identity identity, TaskDrafts drafts,
			CaseDocuments documents) {
		this.tasks = tasks;
		this.catalog = catalog;
		this.identity = identity;
		this.drafts = drafts;
		this.documents = documents;
		addClassName("task-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.taskId = event.getRouteParameters().get(TASK_ID).orElse(null);
		try {
			render(this.tasks.open(this.taskId));
		}
		catch (UserFacingException ex) {
			removeAll();
			add(new H2(getTranslation("task.notFound.title")), new Paragraph(getTranslation(ex.messageKey())),
					backButton());
		}
	}

	private void render(TaskDetails details) {
		removeAll();
		Locale locale = getLocale();
		CaseFile file = details.caseFile();
		String program = this.catalog.program(file.application().programCode())
			.map(p -> p.name(locale))
			.orElse(file.application().programCode());
		this.title = UiLocale.pick(details.task().taskName(), locale) + " · " + file.application().applicationNo();
		add(new H2(this.title));

		Div caseCard = new Div();
		caseCard.addClassName("case-card");
		caseCard.setId("case-file");
		caseCard.add(new H3(getTranslation("task.case")));
		caseCard.add(fact("task.program", program));
		caseCard.add(fact("task.applicant", file.applicantName() + " (" + file.applicantMaskedRrn() + ")"));
		RouterLink person = new RouterLink(getTranslation("person.open"), PersonView.class,
				new RouteParameters(PersonView.PERSON_ID, file.application().personId().toString()));
		person.setId("open-person");
		caseCard.add(person);
		// The case view is another team's class: navigated to by its route.
		Anchor caseView = new Anchor("cases/" + file.application().applicationNo(), getTranslation("form.caseView"));
		caseView.getElement().setAttribute("router-link", true);
		caseView.setId("open-case");
		// Apart from the person link before it (they ran together as one text).
		caseView.getStyle().set("margin-inline-start", "var(--lumo-space-m)");
		caseCard.add(caseView);
		caseCard.add(fact("task.adminDong",
				this.identity.organization(file.application().adminDongCode())
					.map(o -> o.name(locale))
					.orElse(file.application().adminDongCode())));
		caseCard.add(fact("task.submitted", DATE_TIME.format(file.application().submittedAt())));
		caseCard.add(fact("task.due", String.valueOf(file.application().decisionDueOn())));
		String rule = file.explanation()
			.map(x -> x.rule() + (x.description() == null ? "" : ": " + x.description()))
			.or(() -> file.eligibilityRule())
			.orElse("-");
		String result = file.eligible()
			.map(ok -> getTranslation(ok ? "task.eligible.yes" : "task.eligible.no") + " — " + rule)
			.orElse("-");
		Fact resultSpan = fact("task.eligibility", result);
		resultSpan.setId("eligibility-result");
		caseCard.add(resultSpan);
		file.explanation().ifPresent(x -> {
			Div read = new Div();
			factLines(x).forEach(line -> read.add(new Paragraph(line)));
			Details facts = new Details(getTranslation("task.factsRead") + " (" + x.facts().size() + ")", read);
			facts.setId("facts-read");
			caseCard.add(facts);
		});
		if (!file.flags().isEmpty()) {
			Fact flags = fact("task.flags",
					String.join(", ", file.flags().stream().map(f -> getTranslation("flag." + f)).toList()));
			flags.setId("case-flags");
			caseCard.add(flags);
		}
		file.recognisedIncome().ifPresent(ri -> {
			Fact income = fact("task.recognisedIncome", getTranslation("task.recognisedIncome.value",
					this.won.format(ri.recognisedIncome()), this.won.format(ri.medianIncome())));
			income.setId("recognised-income");
			caseCard.add(income);
			Div lines = new Div();
			lines.addClassName("income-lines");
			for (RecognisedIncome.Line line : ri.lines()) {
				lines.add(new Paragraph(getTranslation("ri." + line.code()) + ": " + this.won.format(line.amount())
						+ (line.formula() == null ? "" : " (" + line.formula() + ")")));
			}
			Details calculation = new Details(getTranslation("task.recognisedIncome.lines"), lines);
			calculation.setId("recognised-income-lines");
			caseCard.add(calculation);
		});
		caseCard.add(new H3(getTranslation("task.evidence")));
		if (file.evidence().isEmpty()) {
			caseCard.add(new Paragraph(getTranslation("task.evidence.none")));
		}
		for (EvidenceView ev : file.evidence()) {
			Div e = new Div();
			e.addClassName("evidence");
			e.add(fact("task.evidence.dataset", getTranslation("dataset." + ev.dataset())),
					fact("task.evidence.subject",
							"APPLICANT".equals(ev.subject()) ? getTranslation("task.evidence.applicant")
									: ev.subject()),
					fact("task.evidence.result", qualifications(ev)), fact("task.evidence.source", ev.source()),
					fact("task.evidence.legalBasis", ev.legalBasis()),
					fact("task.evidence.fetchedAt", DATE_TIME.format(ev.fetchedAt())),
					fact("task.evidence.requestId", ev.requestId()), fact("task.evidence.hash",
							ev.payloadSha256() == null ? null : ev.payloadSha256().substring(0, 16) + "…"));
			caseCard.add(e);
		}

		String applicationNo = file.application().applicationNo();
		this.applicationNo = applicationNo;
		this.formRenderer = new CamundaFormRenderer(details.form(), locale, this::getTranslation,
				(filename, content) -> {
					var a = this.documents.attach(applicationNo, filename, content);
					return new FilePickerField.StoredFile(a.id().toString(), a.filename());
				});
		boolean mine = details.task().assignee() != null
				&& details.task().assignee().equals(this.identity.currentUser().username());
		this.complete = new Button(getTranslation("task.complete"), e -> complete());
		this.complete.setId("complete-task");
		this.complete.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.complete.setEnabled(mine);
		this.complete.setDisableOnClick(true);
		this.saveDraft = new Button(getTranslation("draft.save"), e -> saveDraft());
		this.saveDraft.setId("save-draft");
		this.saveDraft.setEnabled(mine);
		this.claim = new Button(getTranslation("tasks.claim"), e -> claim());
		this.claim.setId("claim-task");
		this.claim.setVisible(details.task().assignee() == null);
		this.draftNote = new Paragraph();
		this.draftNote.setId("draft-note");
		this.draftNote.addClassName("hint");
		this.draftNote.getElement().setAttribute("role", "status");
		this.draftNote.setVisible(false);
		this.drafts.find(this.taskId).ifPresent(draft -> {
			this.formRenderer.setValues(draft.values());
			showDraftNote("draft.restored", draft);
		});
		this.unsaved = false;
		this.formRenderer.addChangeListener(() -> this.unsaved = true);

		VerticalLayout formCard = new VerticalLayout();
		formCard.addClassName("form-card");
		formCard.add(new H3(getTranslation("task.form")));
		if (!mine) {
			Paragraph hint = new Paragraph(getTranslation(
					details.task().assignee() == null ? "task.claimToWork" : "task.heldBy", details.task().assignee()));
			hint.addClassName("hint");
			formCard.add(hint);
		}
		formCard.add(this.draftNote, this.formRenderer,
				new HorizontalLayout(this.claim, this.saveDraft, this.complete, backButton()));
		this.documentsPanel = new CaseDocumentsPanel(this.documents, applicationNo);
		formCard.add(this.documentsPanel);

		FlexLayout columns = new FlexLayout(caseCard, formCard);
		columns.addClassName("task-columns");
		columns.setWidthFull();
		add(columns);
	}

	private List<String> factLines(EligibilityExplanation x) {
		List<String> lines = new ArrayList<>();
		for (Map.Entry<String, Object> f : x.facts().entrySet()) {
			String label = x.labels().getOrDefault(f.getKey(), f.getKey());
			lines.add(UiLocale.pick(label, getLocale()) + ": " + value(f.getValue()));
		}
		return lines;
	}

	private String value(Object value) {
		if (value instanceof Boolean b) {
			return getTranslation(b ? "task.fact.yes" : "task.fact.no");
		}
		if (value instanceof Long || value instanceof Integer) {
			return this.won.format(value);
		}
		return String.valueOf(value);
	}

	private String qualifications(EvidenceView ev) {
		if (!"QUALIFICATION".equals(ev.dataset())) {
			return getTranslation("task.evidence.seeCalculation");
		}
		if (ev.qualifications().isEmpty()) {
			return getTranslation("task.evidence.noQualification");
		}
		return ev.qualifications()
			.stream()
			.map(q -> getTranslation("qualification." + q.kind()) + " " + q.validFrom() + " ~ "
					+ (q.validTo() == null ? "" : q.validTo()) + (q.detail() == null ? "" : " (" + q.detail() + ")"))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	private Fact fact(String labelKey, String value) {
		return new Fact(getTranslation(labelKey), value);
	}

	private Button backButton() {
		Button back = new Button(getTranslation("task.back"),
				e -> getUI().ifPresent(ui -> ui.navigate(TaskListView.class)));
		back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		back.setId("back-to-tasks");
		return back;
	}

	void claim() {
		try {
			this.tasks.claim(this.taskId);
			render(this.tasks.open(this.taskId));
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	void saveDraft() {
		try {
			TaskDraft draft = this.drafts.save(this.taskId, this.formRenderer.values());
			this.unsaved = false;
			showDraftNote("draft.saved", draft);
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	private void showDraftNote(String key, TaskDraft draft) {
		this.draftNote.setText(getTranslation(key, DATE_TIME.format(draft.savedAt())));
		this.draftNote.setVisible(true);
	}

	/** Asks before leaving a form with changes that are neither saved nor submitted. */
	@Override
	public void beforeLeave(BeforeLeaveEvent event) {
		if (!this.unsaved) {
			return;
		}
		BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
		Dialog dialog = new Dialog();
		dialog.setId("unsaved-dialog");
		dialog.setHeaderTitle(getTranslation("draft.unsaved.title"));
		dialog.add(new Paragraph(getTranslation("draft.unsaved.text")));
		Button leave = new Button(getTranslation("draft.unsaved.leave"), e -> {
			this.unsaved = false;
			dialog.close();
			action.proceed();
		});
		leave.setId("unsaved-leave");
		Button stay = new Button(getTranslation("draft.unsaved.stay"), e -> dialog.close());
		stay.setId("unsaved-stay");
		stay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(leave, stay);
		dialog.open();
	}

	void complete() {
		try {
			this.formRenderer.showErrors(java.util.Map.of());
			Map<String, Object> values = this.formRenderer.values();
			refuseFilesOfOtherCases(values);
			this.tasks.complete(this.taskId, values);
			// Completing discards every draft of the task (TaskDrafts listens to the
			// engine); nothing is left unsaved.
			this.unsaved = false;
			Notification.show(getTranslation("task.completed"), 4000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			getUI().ifPresent(ui -> ui.navigate(TaskListView.class));
		}
		catch (FormValidationException ex) {
			this.formRenderer.showErrors(ex.fieldErrors());
			this.complete.setEnabled(true);
		}
		catch (UserFacingException ex) {
			error(ex);
			this.complete.setEnabled(true);
		}
	}

	/**
	 * A file picker's value must name attachments of this case (the form itself only
	 * checks that they are attachment ids).
	 */
	private void refuseFilesOfOtherCases(Map<String, Object> values) {
		Set<String> ofThisCase = null;
		Map<String, String> errors = new java.util.HashMap<>();
		for (CamundaForm.Field f : this.formRenderer.form().keyedFields()) {
			if ("filepicker".equals(f.type()) && values.get(f.key()) instanceof java.util.Collection<?> ids
					&& !ids.isEmpty()) {
				if (ofThisCase == null) {
					ofThisCase = this.documents.attachments(this.applicationNo)
						.stream()
						.map(a -> a.id().toString())
						.collect(java.util.stream.Collectors.toSet());
				}
				if (!ofThisCase.containsAll(ids.stream().map(String::valueOf).toList())) {
					errors.put(f.key(), "form.error.file");
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new FormValidationException(errors);
		}
	}

	private void error(UserFacingException ex) {
		Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	public String getPageTitle() {
		return this.title + " · BokjiFlow";
	}

}
