package io.bokjiflow.ui.tasklist;

import java.util.Map;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
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
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;

import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DuplicateConflict;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.TaskDraft;
import io.bokjiflow.casework.TaskDrafts;
import io.bokjiflow.ui.forms.FilePickerField;
import io.bokjiflow.ui.cases.CaseExplanation;
import io.bokjiflow.ui.cases.DuplicateConflictsPanel;
import io.bokjiflow.ui.cases.CaseView;
import io.bokjiflow.ui.cases.EvidenceCard;
import io.bokjiflow.casework.CaseTasks;
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

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final CaseTasks tasks;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final TaskDrafts drafts;

	private final CaseDocuments documents;

	private final Casework casework;

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
			CaseDocuments documents, Casework casework) {
		this.casework = casework;
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
		RouterLink caseView = new RouterLink(getTranslation("form.caseView"), CaseView.class,
				CaseView.parameters(file.application().applicationNo()));
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
		caseCard.add(new CaseExplanation(file));
		List<DuplicateConflict> conflicts = this.casework.duplicateConflicts(file.application().applicationNo());
		if (!conflicts.isEmpty()) {
			caseCard.add(new DuplicateConflictsPanel(conflicts));
		}
		caseCard.add(new H3(getTranslation("task.evidence")));
		if (file.evidence().isEmpty()) {
			caseCard.add(new Paragraph(getTranslation("task.evidence.none")));
		}
		file.evidence().forEach(ev -> caseCard.add(new EvidenceCard(ev)));

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

	private void error(UserFacingException ex) {
		Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	public String getPageTitle() {
		return this.title + " · BokjiFlow";
	}

}
