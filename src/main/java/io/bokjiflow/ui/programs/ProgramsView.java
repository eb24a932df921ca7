package io.bokjiflow.ui.programs;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The local programs of the user's 시·군·구 (지역 사업): each with its task type, latest
 * version, status and effective date; a local official starts a new program (choosing a
 * task type by its description) or a change of one.
 */
@Route(value = "programs", layout = MainLayout.class)
@RolesAllowed({ "LOCAL_OFFICIAL", "SUPERVISOR" })
public class ProgramsView extends VerticalLayout implements HasDynamicTitle {

	private final LocalPrograms programs;

	private final CurrentUser user;

	final Grid<ProgramVersion> grid = new Grid<>();

	public ProgramsView(LocalPrograms programs, Identity identity) {
		this.programs = programs;
		this.user = identity.currentUser();
		addClassName("programs-view");
		Locale locale = getLocale();
		boolean official = this.user.has(Role.LOCAL_OFFICIAL);

		HorizontalLayout head = new HorizontalLayout(new H2(getTranslation("programs.title")));
		head.setWidthFull();
		head.setAlignItems(FlexComponent.Alignment.BASELINE);
		if (official) {
			Button create = new Button(getTranslation("programs.new"), VaadinIcon.PLUS.create(), e -> openNewDialog());
			create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			create.setId("programs-new");
			Span spacer = new Span();
			head.add(spacer, create);
			head.expand(spacer);
		}
		if (this.user.has(Role.SUPERVISOR)) {
			Button approvals = new Button(getTranslation("programs.approvals"), VaadinIcon.CHECK_SQUARE_O.create(),
					e -> getUI().ifPresent(ui -> ui.navigate(ProgramApprovalsView.class)));
			approvals.setId("programs-approvals");
			Span spacer = new Span();
			head.add(spacer, approvals);
			head.expand(spacer);
		}
		Paragraph intro = new Paragraph(getTranslation("programs.intro"));
		intro.addClassName("hint");

		this.grid.setId("programs-grid");
		this.grid.addColumn(v -> ProgramLabels.name(v.content(), locale))
			.setHeader(getTranslation("programs.col.name"))
			.setFlexGrow(2)
			.setKey("name");
		this.grid.addColumn(v -> v.content().taskType().number() + " · " + v.content().taskType().description(locale))
			.setHeader(getTranslation("programs.col.taskType"))
			.setFlexGrow(3)
			.setKey("taskType");
		this.grid.addColumn(v -> "v" + v.version())
			.setHeader(getTranslation("programs.col.version"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("version");
		this.grid.addComponentColumn(v -> ProgramLabels.status(v.status(), this::getTranslation))
			.setHeader(getTranslation("programs.col.status"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("status");
		this.grid.addColumn(v -> v.effectiveFrom() == null ? "–" : v.effectiveFrom().toString())
			.setHeader(getTranslation("programs.col.effectiveFrom"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("effectiveFrom");
		this.grid.addColumn(v -> ProgramLabels.won(v.content().amountWon(), locale))
			.setHeader(getTranslation("programs.col.amount"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setKey("amount");
		this.grid.addComponentColumn(this::actions)
			.setHeader(getTranslation("tasks.col.actions"))
			.setAutoWidth(true)
			.setFlexGrow(0)
			.setFrozenToEnd(true)
			.setKey("actions");
		this.grid.addItemDoubleClickListener(e -> open(e.getItem().programCode()));
		this.grid.setEmptyStateText(getTranslation("programs.none"));
		this.grid.setAllRowsVisible(true);
		add(head, intro, this.grid);
		refresh();
	}

	private HorizontalLayout actions(ProgramVersion v) {
		Button open = new Button(getTranslation("programs.open"), e -> open(v.programCode()));
		open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
		open.addClassName("program-open");
		HorizontalLayout actions = new HorizontalLayout(open);
		actions.setSpacing(false);
		if (this.user.has(Role.LOCAL_OFFICIAL) && v.status() == ProgramVersion.Status.PUBLISHED) {
			Button change = new Button(getTranslation("programs.change"), e -> change(v.programCode()));
			change.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
			change.addClassName("program-change");
			actions.add(change);
		}
		return actions;
	}

	void refresh() {
		this.grid.setItems(this.programs.programs(this.user.sigunguCode()));
	}

	void open(String code) {
		getUI().ifPresent(ui -> ui.navigate(ProgramEditorView.class, ProgramEditorView.parameters(code)));
	}

	void change(String code) {
		try {
			this.programs.draftChange(code);
			open(code);
		}
		catch (UserFacingException ex) {
			error(ex);
		}
	}

	private void error(UserFacingException ex) {
		Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	void openNewDialog() {
		Dialog dialog = new Dialog();
		dialog.setId("new-program-dialog");
		dialog.setHeaderTitle(getTranslation("programs.new"));
		dialog.setWidth("min(760px, 95vw)");
		Locale locale = getLocale();
		RadioButtonGroup<TaskType> type = new RadioButtonGroup<>(getTranslation("programs.taskType"));
		type.setId("new-program-type");
		type.setItems(TaskType.values());
		type.setRenderer(new ComponentRenderer<>(t -> {
			Div row = new Div();
			row.addClassName("task-type-option");
			Span number = new Span(String.valueOf(t.number()));
			number.addClassName("task-type-number");
			Span text = new Span(t.description(locale));
			row.add(number, text);
			if (!t.application()) {
				Span badge = new Span(getTranslation("programs.noApplication"));
				badge.getElement().getThemeList().add("badge small");
				row.add(badge);
			}
			return row;
		}));
		type.addClassName("task-type-choice");
		TextField nameKo = new TextField(getTranslation("program.nameKo"));
		nameKo.setId("new-program-name-ko");
		nameKo.setRequired(true);
		nameKo.setWidthFull();
		TextField nameEn = new TextField(getTranslation("program.nameEn"));
		nameEn.setId("new-program-name-en");
		nameEn.setWidthFull();
		TextField code = new TextField(getTranslation("program.code"));
		code.setId("new-program-code");
		code.setHelperText(getTranslation("program.codeHelp"));
		code.setWidthFull();
		String prefix = "L" + this.user.sigunguCode() + "-";
		code.setValue(prefix);
		boolean[] codeTyped = { false };
		code.addValueChangeListener(e -> codeTyped[0] |= e.isFromClient());
		nameEn.addValueChangeListener(e -> {
			if (!codeTyped[0]) {
				code.setValue(prefix + codePart(e.getValue()));
			}
		});
		nameEn.setRequired(true);
		TextArea summary = new TextArea(getTranslation("program.summaryKo"));
		summary.setId("new-program-summary");
		summary.setRequired(true);
		summary.setWidthFull();
		TextField legalBasis = new TextField(getTranslation("program.legalBasis"));
		legalBasis.setId("new-program-legal-basis");
		legalBasis.setHelperText(getTranslation("program.legalBasisHelp"));
		legalBasis.setRequired(true);
		legalBasis.setWidthFull();
		TextField amount = new TextField(getTranslation("program.amount"));
		amount.setId("new-program-amount");
		amount.setAllowedCharPattern("[0-9]");
		amount.setSuffixComponent(new Span(getTranslation("program.won")));
		TextField schedule = new TextField(getTranslation("program.schedule"));
		schedule.setId("new-program-schedule");
		schedule.setPlaceholder(getTranslation("program.schedulePlaceholder"));
		schedule.setRequired(true);
		HorizontalLayout money = new HorizontalLayout(amount, schedule);
		money.setWidthFull();
		money.expand(schedule);
		VerticalLayout body = new VerticalLayout(type, nameKo, nameEn, code, summary, legalBasis, money);
		body.setPadding(false);
		body.setSpacing(false);
		dialog.add(body);
		Button cancel = new Button(getTranslation("programs.cancel"), e -> dialog.close());
		cancel.setId("new-program-cancel");
		Button create = new Button(getTranslation("programs.create"), e -> {
			boolean ok = true;
			ok &= required(type, type.getValue() != null, "programs.error.taskType");
			ok &= required(nameKo, !nameKo.getValue().isBlank(), "programs.error.name");
			ok &= required(nameEn, !nameEn.getValue().isBlank(), "programs.error.name");
			ok &= required(code, code.getValue().matches(CODE_PATTERN), "programs.error.code");
			ok &= required(summary, !summary.getValue().isBlank(), "program.error.summary");
			ok &= required(legalBasis, !legalBasis.getValue().isBlank(), "program.error.legalBasis");
			ok &= required(schedule, !schedule.getValue().isBlank(), "program.error.schedule");
			boolean cash = type.getValue() == null || type.getValue().benefit() == TaskType.Benefit.CASH;
			long won = amount.getValue().isBlank() ? 0 : Long.parseLong(amount.getValue());
			ok &= required(amount, !cash || won > 0, "program.error.amount");
			if (!ok) {
				return;
			}
			try {
				this.programs.createProgram(code.getValue(),
						newContent(type.getValue(), nameKo.getValue().strip(), nameEn.getValue().strip(),
								this.user.sigunguCode(), summary.getValue().strip(), legalBasis.getValue().strip(), won,
								schedule.getValue().strip()));
				dialog.close();
				open(code.getValue());
			}
			catch (UserFacingException ex) {
				error(ex);
			}
		});
		create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		create.setId("new-program-create");
		dialog.getFooter().add(cancel, create);
		add(dialog);
		dialog.open();
	}

	/** What a program code looks like: {@code L11680-LONGEVITY}. */
	static final String CODE_PATTERN = "[A-Z][A-Z0-9]*(-[A-Z0-9]+)+";

	private static String codePart(String english) {
		return english == null ? ""
				: english.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "-").replaceAll("^-|-$", "");
	}

	private boolean required(HasValidation field, boolean ok, String messageKey) {
		field.setInvalid(!ok);
		field.setErrorMessage(ok ? null : getTranslation(messageKey));
		return ok;
	}

	/**
	 * A new program's first draft: no criteria, and for the types with an application a
	 * form with one item (the applicant's declaration) to build on; the national program
	 * of a top-up is chosen in the editor.
	 */
	static ProgramVersion.ProgramContent newContent(TaskType type, String nameKo, String nameEn, String sigungu,
			String summaryKo, String legalBasis, long amountWon, String schedule) {
		List<ProgramVersion.PaymentMethod> methods = type.benefit() == TaskType.Benefit.CASH
				? List.of(ProgramVersion.PaymentMethod.BANK_TRANSFER, ProgramVersion.PaymentMethod.CASH_AT_CENTRE)
				: List.of(ProgramVersion.PaymentMethod.NON_CASH);
		return new ProgramVersion.ProgramContent(type, sigungu, nameKo, nameEn, summaryKo, null, legalBasis, false,
				null, type.application() ? STARTER_FORM : null, null, amountWon, schedule, null, methods, 30, List.of(),
				List.of());
	}

	/** The first application item of a new program: the applicant's declaration. */
	static final String STARTER_FORM = """
			{
			  "id" : "om-application-new",
			  "type" : "default",
			  "schemaVersion" : 16,
			  "executionPlatform" : "Camunda Platform",
			  "executionPlatformVersion" : "7.24.0",
			  "exporter" : { "name" : "BokjiFlow", "version" : "0.2.0" },
			  "components" : [ {
			    "id" : "Field_declaration",
			    "type" : "checkbox",
			    "key" : "declaration",
			    "label" : "신청 내용이 사실과 다름없음을 확인합니다",
			    "validate" : { "required" : true },
			    "properties" : { "label_en" : "I confirm that what I have stated is true" }
			  } ]
			}
			""";

	@Override
	public String getPageTitle() {
		return getTranslation("programs.title") + " · BokjiFlow";
	}

}
