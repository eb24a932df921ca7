package io.bokjiflow.ui.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.identity.Role;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.openmarket.ProgramVersion.PaymentMethod;
import io.bokjiflow.openmarket.ProgramVersion.ProgramContent;
import io.bokjiflow.openmarket.ProgramVersion.Status;
import io.bokjiflow.openmarket.TaskType;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A local program's editor: basic fields, the application items ({@link FormBuilder}),
 * the support criteria ({@link CriteriaEditor}), "save draft" (a stale save is refused
 * and what was typed stays), a preview of who qualifies and who gains or loses against
 * the version in force, submitting for a supervisor's approval with an effective date,
 * and the version history.
 */
@Route(value = "programs/:code", layout = MainLayout.class)
@RolesAllowed({ "LOCAL_OFFICIAL", "SUPERVISOR" })
public class ProgramEditorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** The route parameter: the program code. */
	public static final String CODE = "code";

	private static final DateTimeFormatter DECIDED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final LocalPrograms programs;

	private final CurrentUser user;

	private final Clock clock;

	private final Locale locale;

	private ProgramVersion version;

	private boolean editable;

	private final H2 title = new H2();

	private final Div header = new Div();

	private final Div banner = new Div();

	final TextField nameKo = new TextField();

	final TextField nameEn = new TextField();

	final TextArea summaryKo = new TextArea();

	final TextArea summaryEn = new TextArea();

	final TextField legalBasis = new TextField();

	final Checkbox seizureProtected = new Checkbox();

	final ComboBox<String> nationalProgram = new ComboBox<>();

	final TextField amount = new TextField();

	final TextField schedule = new TextField();

	final TextField budget = new TextField();

	final CheckboxGroup<PaymentMethod> paymentMethods = new CheckboxGroup<>();

	final IntegerField deadlineDays = new IntegerField();

	final FormBuilder formBuilder;

	final CriteriaEditor criteria;

	private final Div formSection = new Div();

	private final Div noFormNote = new Div();

	private final Div sources = new Div();

	final Button save = new Button();

	final Button preview = new Button();

	final DatePicker effectiveFrom = new DatePicker();

	final Button submit = new Button();

	final Button change = new Button();

	final Div previewResult = new Div();

	final Div conflict = new Div();

	final Div errors = new Div();

	final Grid<ProgramVersion> history = new Grid<>();

	public ProgramEditorView(LocalPrograms programs, Identity identity, ProgramCatalog catalog, Clock clock) {
		this.programs = programs;
		this.user = identity.currentUser();
		this.clock = clock;
		this.locale = getLocale();
		addClassName("program-editor");
		setId("program-editor");

		List<Organization> places = new ArrayList<>(identity.organizations(OrgLevel.SIGUNGU));
		places.addAll(identity.organizations(OrgLevel.EMD));
		this.criteria = new CriteriaEditor(places, this.user.sigunguCode(), this.locale, this::getTranslation);
		this.formBuilder = new FormBuilder(this.locale, this::getTranslation);

		RouterLink back = new RouterLink(getTranslation("program.back"), ProgramsView.class);
		back.addClassName("program-back");
		this.title.setId("program-title");
		this.header.addClassName("program-header");
		this.banner.setId("program-banner");
		this.banner.addClassName("program-banner");

		text(this.nameKo, "program.nameKo", "program-name-ko");
		this.nameKo.setRequired(true);
		text(this.nameEn, "program.nameEn", "program-name-en");
		this.summaryKo.setLabel(getTranslation("program.summaryKo"));
		this.summaryKo.setId("program-summary-ko");
		this.summaryEn.setLabel(getTranslation("program.summaryEn"));
		this.summaryEn.setId("program-summary-en");
		text(this.legalBasis, "program.legalBasis", "program-legal-basis");
		this.legalBasis.setHelperText(getTranslation("program.legalBasisHelp"));
		this.seizureProtected.setLabel(getTranslation("program.seizureProtected"));
		this.seizureProtected.setId("program-seizure-protected");
		this.seizureProtected.setHelperText(getTranslation("program.seizureProtectedHelp"));
		this.nationalProgram.setLabel(getTranslation("program.nationalProgram"));
		this.nationalProgram.setId("program-national");
		this.nationalProgram.setItems(catalog.programs().stream().map(Program::code).toList());
		this.nationalProgram.setItemLabelGenerator(
				code -> catalog.program(code).map(p -> p.name(this.locale) + " (" + code + ")").orElse(code));
		this.nationalProgram.setHelperText(getTranslation("program.nationalProgramHelp"));
		text(this.amount, "program.amount", "program-amount");
		this.amount.setAllowedCharPattern("[0-9]");
		this.amount.setSuffixComponent(new Span(getTranslation("program.won")));
		this.amount.setHelperText(getTranslation("program.amountHelp"));
		text(this.schedule, "program.schedule", "program-schedule");
		this.schedule.setPlaceholder(getTranslation("program.schedulePlaceholder"));
		text(this.budget, "program.budget", "program-budget");
		this.budget.setAllowedCharPattern("[0-9]");
		this.budget.setSuffixComponent(new Span(getTranslation("program.won")));
		this.paymentMethods.setLabel(getTranslation("program.paymentMethods"));
		this.paymentMethods.setId("program-payment-methods");
		this.paymentMethods.setItems(PaymentMethod.values());
		this.paymentMethods.setItemLabelGenerator(m -> getTranslation("program.paymentMethod." + m.name()));
		this.deadlineDays.setLabel(getTranslation("program.deadlineDays"));
		this.deadlineDays.setId("program-deadline-days");
		this.deadlineDays.setMin(1);
		this.deadlineDays.setMax(365);
		this.deadlineDays.setSuffixComponent(new Span(getTranslation("program.days")));

		FormLayout basics = new FormLayout(this.nameKo, this.nameEn, this.summaryKo, this.summaryEn, this.legalBasis,
				this.nationalProgram, this.seizureProtected, this.amount, this.schedule, this.budget,
				this.paymentMethods, this.deadlineDays);
		basics.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
		basics.setColspan(this.legalBasis, 2);
		basics.setColspan(this.seizureProtected, 2);
		basics.setId("program-basics");

		this.formSection.setId("program-form-section");
		this.formSection.addClassName("program-section");
		this.formSection.add(new H3(getTranslation("program.applicationItems")), this.formBuilder);
		this.noFormNote.setId("program-no-form");
		this.noFormNote.addClassName("hint");
		this.noFormNote.setText(getTranslation("program.noApplication"));

		Div criteriaSection = new Div(new H3(getTranslation("program.criteria")), this.criteria);
		criteriaSection.addClassName("program-section");
		criteriaSection.setId("program-criteria-section");

		this.save.setText(getTranslation("program.save"));
		this.save.setIcon(VaadinIcon.DISC.create());
		this.save.setId("program-save");
		this.save.addClickListener(e -> saveDraft());
		this.preview.setText(getTranslation("program.preview"));
		this.preview.setIcon(VaadinIcon.USERS.create());
		this.preview.setId("program-preview");
		this.preview.addClickListener(e -> showPreview());
		this.effectiveFrom.setLabel(getTranslation("program.effectiveFrom"));
		this.effectiveFrom.setId("program-effective-from");
		this.submit.setText(getTranslation("program.submit"));
		this.submit.setIcon(VaadinIcon.PAPERPLANE.create());
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.setId("program-submit");
		this.submit.addClickListener(e -> submitForApproval());
		this.change.setText(getTranslation("programs.change"));
		this.change.setIcon(VaadinIcon.EDIT.create());
		this.change.setId("program-change");
		this.change.addClickListener(e -> startChange());
		HorizontalLayout actions = new HorizontalLayout(this.save, this.preview, this.effectiveFrom, this.submit,
				this.change);
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		actions.setWrap(true);
		actions.addClassName("program-actions");
		this.previewResult.setId("program-preview-result");
		this.previewResult.addClassName("program-preview-result");
		this.conflict.setId("program-conflict");
		this.conflict.addClassName("program-conflict");
		this.conflict.setVisible(false);
		this.errors.setId("program-errors");
		this.errors.addClassName("program-errors");

		this.history.setId("program-history");
		this.history.addColumn(v -> "v" + v.version())
			.setHeader(getTranslation("programs.col.version"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.history.addComponentColumn(v -> ProgramLabels.status(v.status(), this::getTranslation))
			.setHeader(getTranslation("programs.col.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.history.addColumn(v -> v.effectiveFrom() == null ? "–" : v.effectiveFrom().toString())
			.setHeader(getTranslation("programs.col.effectiveFrom"))
			.setAutoWidth(true);
		this.history.addColumn(v -> person(v.createdBy())).setHeader(getTranslation("program.createdBy"));
		this.history.addColumn(v -> person(v.submittedBy())).setHeader(getTranslation("program.submittedBy"));
		this.history
			.addColumn(v -> person(v.decidedBy()) + (v.decidedAt() == null ? ""
					: " · " + DECIDED_AT.format(v.decidedAt().atZone(ZoneId.of("Asia/Seoul")))))
			.setHeader(getTranslation("program.decidedBy"))
			.setAutoWidth(true);
		this.history.addColumn(v -> v.rejectionReason() == null ? "" : v.rejectionReason())
			.setHeader(getTranslation("program.rejectionReason"));
		this.history.setAllRowsVisible(true);

		Div basicsSection = new Div(new H3(getTranslation("program.basics")), basics);
		basicsSection.addClassName("program-section");
		add(back, this.header, this.banner, basicsSection, this.formSection, this.noFormNote, criteriaSection,
				this.errors, this.conflict, actions, this.previewResult, this.sources,
				new H3(getTranslation("program.history")), this.history);
	}

	private void text(TextField f, String labelKey, String id) {
		f.setLabel(getTranslation(labelKey));
		f.setId(id);
	}

	private String person(String username) {
		return username == null ? "" : username;
	}

	/** The route parameters of a program's editor. */
	public static RouteParameters parameters(String code) {
		return new RouteParameters(CODE, code);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String code = event.getRouteParameters().get(CODE).orElse("");
		List<ProgramVersion> versions = this.programs.versions(code);
		if (versions.isEmpty()) {
			event.forwardTo(ProgramsView.class);
			return;
		}
		show(versions);
	}

	private void show(List<ProgramVersion> versions) {
		this.version = versions.get(0);
		ProgramContent c = this.version.content();
		boolean ownRegion = c.sigunguCode() == null || c.sigunguCode().equals(this.user.sigunguCode());
		boolean official = this.user.has(Role.LOCAL_OFFICIAL) && ownRegion;
		this.editable = official && EnumSet.of(Status.DRAFT, Status.REJECTED).contains(this.version.status());

		this.title.setText(ProgramLabels.name(c, this.locale));
		Span type = new Span(ProgramLabels.taskType(c.taskType(), this.locale));
		type.addClassName("program-type");
		type.setId("program-type");
		Span number = new Span(this.version.programCode() + " · v" + this.version.version());
		number.addClassName("hint");
		this.header.removeAll();
		HorizontalLayout line = new HorizontalLayout(number,
				ProgramLabels.status(this.version.status(), this::getTranslation), type);
		line.setAlignItems(FlexComponent.Alignment.CENTER);
		line.setWrap(true);
		this.header.add(this.title, line);

		this.banner.removeAll();
		String bannerKey = switch (this.version.status()) {
			case DRAFT -> official ? "program.banner.draft" : "program.banner.readOnly";
			case PENDING_APPROVAL -> "program.banner.pending";
			case PUBLISHED -> official ? "program.banner.published" : "program.banner.readOnly";
			case REJECTED -> official ? "program.banner.rejected" : "program.banner.readOnly";
		};
		this.banner.add(new Span(getTranslation(bannerKey,
				this.version.rejectionReason() == null ? "" : this.version.rejectionReason())));
		this.banner.getElement().setAttribute("data-status", this.version.status().name());

		this.nameKo.setValue(nz(c.nameKo()));
		this.nameEn.setValue(nz(c.nameEn()));
		this.summaryKo.setValue(nz(c.summaryKo()));
		this.summaryEn.setValue(nz(c.summaryEn()));
		this.legalBasis.setValue(nz(c.legalBasis()));
		this.seizureProtected.setValue(c.seizureProtectedAllowed());
		this.nationalProgram.setVisible(c.taskType() == TaskType.NATIONAL_TOP_UP);
		this.nationalProgram.setValue(c.nationalProgramCode());
		this.amount.setValue(String.valueOf(c.amountWon()));
		this.schedule.setValue(nz(c.schedule()));
		this.budget.setValue(c.budgetWon() == null ? "" : String.valueOf(c.budgetWon()));
		boolean cash = c.taskType().benefit() == TaskType.Benefit.CASH;
		// The service accepts bank transfer or cash for cash benefits, "non-cash" for the
		// others.
		this.paymentMethods.setItems(cash ? EnumSet.of(PaymentMethod.BANK_TRANSFER, PaymentMethod.CASH_AT_CENTRE)
				: EnumSet.of(PaymentMethod.NON_CASH));
		this.paymentMethods.setValue(new LinkedHashSet<>(c.paymentMethods()));
		this.seizureProtected.setVisible(cash);
		this.deadlineDays.setValue(c.decisionDeadlineDays());
		boolean form = c.taskType().application();
		this.formSection.setVisible(form);
		this.noFormNote.setVisible(!form);
		this.formBuilder.read(c.applicationFormJson(), formId(this.version.programCode()));
		this.criteria.setCriteria(c.criteria());

		for (var f : List.of(this.nameKo, this.nameEn, this.legalBasis, this.amount, this.schedule, this.budget)) {
			f.setReadOnly(!this.editable);
		}
		this.summaryKo.setReadOnly(!this.editable);
		this.summaryEn.setReadOnly(!this.editable);
		this.seizureProtected.setReadOnly(!this.editable);
		this.nationalProgram.setReadOnly(!this.editable);
		this.paymentMethods.setReadOnly(!this.editable);
		this.deadlineDays.setReadOnly(!this.editable);
		this.formBuilder.setReadOnly(!this.editable);
		this.criteria.setReadOnly(!this.editable);
		this.save.setVisible(this.editable);
		this.effectiveFrom.setVisible(this.editable);
		this.submit.setVisible(this.editable);
		this.preview.setVisible(this.editable || this.version.status() == Status.PENDING_APPROVAL);
		this.change.setVisible(official && this.version.status() == Status.PUBLISHED);
		LocalDate today = LocalDate.now(this.clock);
		this.effectiveFrom.setMin(today);
		if (this.effectiveFrom.getValue() == null) {
			this.effectiveFrom.setValue(today.plusDays(1));
		}
		this.previewResult.removeAll();
		this.conflict.setVisible(false);
		this.errors.removeAll();

		this.sources.removeAll();
		this.sources.addClassName("program-sources");
		if (!c.sources().isEmpty() || !c.assumptions().isEmpty()) {
			this.sources.add(new H3(getTranslation("program.sources")));
			UnorderedList list = new UnorderedList();
			c.sources().forEach(s -> list.add(new ListItem(s)));
			c.assumptions().forEach(a -> list.add(new ListItem(getTranslation("program.assumption") + ": " + a)));
			this.sources.add(list);
		}
		this.history.setItems(this.programs.versions(this.version.programCode()));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	/**
	 * The id of a program's application form, e.g. {@code l11680-longevity-application}.
	 */
	static String formId(String programCode) {
		return "om-application-" + programCode;
	}

	/**
	 * The content as typed, or {@code null} with the messages shown when something is
	 * invalid.
	 */
	ProgramContent content() {
		List<String> problems = new ArrayList<>();
		TaskType type = this.version.content().taskType();
		boolean cash = type.benefit() == TaskType.Benefit.CASH;
		required(this.nameKo, problems, "program.error.name");
		required(this.nameEn, problems, "program.error.nameEn");
		required(this.summaryKo, problems, "program.error.summary");
		required(this.legalBasis, problems, "program.error.legalBasis");
		required(this.schedule, problems, "program.error.schedule");
		Long amountWon = number(this.amount.getValue());
		boolean amountOk = amountWon != null && (!cash || amountWon > 0);
		this.amount.setInvalid(!amountOk);
		this.amount.setErrorMessage(amountOk ? null : getTranslation("program.error.amount"));
		if (!amountOk) {
			problems.add(getTranslation("program.error.amount"));
		}
		Long budgetWon = this.budget.getValue().isBlank() ? null : number(this.budget.getValue());
		if (!this.budget.getValue().isBlank() && (budgetWon == null || budgetWon == 0)) {
			problems.add(getTranslation("program.error.budget"));
		}
		Integer days = this.deadlineDays.getValue();
		if (days == null || days < 1 || days > 365) {
			problems.add(getTranslation("program.error.deadline"));
		}
		if (this.paymentMethods.getValue().isEmpty()) {
			problems.add(getTranslation("program.error.paymentMethods"));
		}
		if (type == TaskType.NATIONAL_TOP_UP && (this.nationalProgram.getValue() == null)) {
			problems.add(getTranslation("program.error.nationalProgram"));
		}
		if (type.application()) {
			problems.addAll(this.formBuilder.validate());
		}
		problems.addAll(this.criteria.validate());
		this.errors.removeAll();
		if (!problems.isEmpty()) {
			UnorderedList list = new UnorderedList();
			problems.forEach(p -> list.add(new ListItem(p)));
			this.errors.add(list);
			return null;
		}
		ProgramContent old = this.version.content();
		Criteria criteria = this.criteria.getCriteria();
		return new ProgramContent(type, old.sigunguCode(), this.nameKo.getValue().strip(),
				blankToNull(this.nameEn.getValue()), this.summaryKo.getValue().strip(),
				this.summaryEn.getValue().strip(), this.legalBasis.getValue().strip(), this.seizureProtected.getValue(),
				type == TaskType.NATIONAL_TOP_UP ? this.nationalProgram.getValue() : null,
				type.application() ? this.formBuilder.toJson() : null, criteria, amountWon,
				this.schedule.getValue().strip(), budgetWon,
				List.copyOf(EnumSet.copyOf(this.paymentMethods.getValue())), days, old.sources(), old.assumptions());
	}

	private void required(TextFieldBase<?, String> f, List<String> problems, String key) {
		boolean ok = !f.getValue().isBlank();
		f.setInvalid(!ok);
		f.setErrorMessage(ok ? null : getTranslation(key));
		if (!ok) {
			problems.add(getTranslation(key));
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Long number(String s) {
		try {
			long n = Long.parseLong(s.strip());
			return n < 0 ? null : n;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * Saves the draft; on a conflict or refusal the fields keep what was typed.
	 * @return whether it was saved
	 */
	boolean saveDraft() {
		ProgramContent content = content();
		if (content == null) {
			notify(getTranslation("program.error.invalid"), false);
			return false;
		}
		try {
			this.version = this.programs.saveDraft(this.version.id(), this.version.revision(), content);
			this.conflict.setVisible(false);
			this.history.setItems(this.programs.versions(this.version.programCode()));
			notify(getTranslation("program.saved"), true);
			return true;
		}
		catch (OptimisticLockingFailureException ex) {
			showConflict(getTranslation("program.error.conflict"));
			return false;
		}
		catch (UserFacingException ex) {
			String message = getTranslation(ex.messageKey(), ex.args());
			if (ex.messageKey().contains("stale") || ex.messageKey().contains("revision")
					|| ex.messageKey().contains("conflict")) {
				showConflict(message);
			}
			else {
				notify(message, false);
			}
			return false;
		}
	}

	private void showConflict(String message) {
		this.conflict.removeAll();
		Button reload = new Button(getTranslation("program.reload"), e -> {
			this.effectiveFrom.clear();
			show(this.programs.versions(this.version.programCode()));
		});
		reload.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
		reload.setId("program-reload");
		this.conflict.add(new Paragraph(message), new Paragraph(getTranslation("program.conflictKept")), reload);
		this.conflict.setVisible(true);
		notify(message, false);
	}

	void showPreview() {
		if (this.editable && !saveDraft()) {
			return;
		}
		try {
			LocalPrograms.Preview p = this.programs.preview(this.version.id(), LocalDate.now(this.clock));
			this.previewResult.removeAll();
			this.previewResult.add(previewCards(p, this::getTranslation));
		}
		catch (UserFacingException ex) {
			notify(getTranslation(ex.messageKey(), ex.args()), false);
		}
	}

	/** The preview counts as cards with a one-line explanation. */
	static Div previewCards(LocalPrograms.Preview p,
			java.util.function.BiFunction<String, Object[], String> translate) {
		Div box = new Div();
		box.addClassName("preview-box");
		HorizontalLayout cards = new HorizontalLayout();
		cards.addClassName("cards");
		cards.add(card("preview-qualifying", translate.apply("program.preview.qualifying", new Object[0]),
				p.qualifying()));
		cards.add(card("preview-current", translate.apply("program.preview.current", new Object[0]), p.current()));
		cards.add(card("preview-gaining", translate.apply("program.preview.gaining", new Object[0]), p.gaining()));
		cards.add(card("preview-losing", translate.apply("program.preview.losing", new Object[0]), p.losing()));
		Paragraph explanation = new Paragraph(translate.apply("program.preview.explanation",
				new Object[] { p.qualifying(), p.current(), p.gaining(), p.losing() }));
		explanation.addClassName("hint");
		explanation.addClassName("preview-explanation");
		box.add(cards, explanation);
		return box;
	}

	private static Div card(String id, String label, long count) {
		Span number = new Span(java.text.NumberFormat.getIntegerInstance(Locale.KOREA).format(count));
		number.addClassName("stat-number");
		number.setId(id);
		Div card = new Div(number, new Span(label));
		card.addClassName("stat-card");
		return card;
	}

	void submitForApproval() {
		if (this.effectiveFrom.getValue() == null
				|| this.effectiveFrom.getValue().isBefore(LocalDate.now(this.clock))) {
			this.effectiveFrom.setInvalid(true);
			this.effectiveFrom.setErrorMessage(getTranslation("program.error.effectiveFrom"));
			return;
		}
		if (!saveDraft()) {
			return;
		}
		try {
			this.programs.submitForApproval(this.version.id(), this.effectiveFrom.getValue());
			notify(getTranslation("program.submitted"), true);
			show(this.programs.versions(this.version.programCode()));
		}
		catch (UserFacingException ex) {
			notify(getTranslation(ex.messageKey(), ex.args()), false);
		}
	}

	void startChange() {
		try {
			this.programs.draftChange(this.version.programCode());
			show(this.programs.versions(this.version.programCode()));
		}
		catch (UserFacingException ex) {
			notify(getTranslation(ex.messageKey(), ex.args()), false);
		}
	}

	private void notify(String message, boolean success) {
		Notification n = Notification.show(message, success ? 3000 : 6000,
				success ? Notification.Position.BOTTOM_START : Notification.Position.TOP_CENTER);
		n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
	}

	/** The version shown. */
	ProgramVersion version() {
		return this.version;
	}

	@Override
	public String getPageTitle() {
		return (this.version == null ? getTranslation("programs.title")
				: ProgramLabels.name(this.version.content(), this.locale)) + " · BokjiFlow";
	}

}
