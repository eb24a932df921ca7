package io.bokjiflow.ui.applications;

import java.util.Comparator;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.finder.HandOff;
import io.bokjiflow.finder.HandOffs;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.publicdata.PublicDataSource;
import io.bokjiflow.registry.InvalidRrnException;
import io.bokjiflow.registry.PersonSummary;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.registry.Rrn;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.finder.AnswersText;
import jakarta.annotation.security.RolesAllowed;

/**
 * Registers an application: the program, the applicant (found by resident number or
 * registered), and the applicant's consent to the use of public data. A program can be
 * chosen in the link: {@code applications/new?program=TRAVEL_VOUCHER}. A citizen's
 * self-check hand-off code (typed, or {@code ?handoff=K7QM-4XPA}) fills in the program
 * and the area and shows the citizen's answers.
 */
@Route(value = "applications/new", layout = MainLayout.class)
@RolesAllowed("CASEWORKER")
public class NewApplicationView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

	/** Query parameter that chooses the program, e.g. {@code program=TRAVEL_VOUCHER}. */
	public static final String PROGRAM_PARAMETER = "program";

	/** Query parameter with a self-check hand-off code. */
	public static final String HANDOFF_PARAMETER = "handoff";

	private final Casework casework;

	private final Registry registry;

	final ComboBox<Program> program = new ComboBox<>();

	final TextField rrn = new TextField();

	final TextField name = new TextField();

	final TextField address = new TextField();

	final ComboBox<Organization> adminDong = new ComboBox<>();

	final Checkbox consent = new Checkbox();

	/** Shown only for programs that query financial assets. */
	final Checkbox financialConsent = new Checkbox();

	final Button submit = new Button();

	final Span personStatus = new Span();

	final TextField handOffCode = new TextField();

	final Div handOffAnswers = new Div();

	private final HandOffs handOffs;

	private final Identity identity;

	private final ProgramCatalog catalog;

	private String idempotencyKey = UUID.randomUUID().toString();

	public NewApplicationView(Casework casework, Registry registry, ProgramCatalog catalog, Identity identity,
			HandOffs handOffs) {
		this.casework = casework;
		this.registry = registry;
		this.handOffs = handOffs;
		this.identity = identity;
		this.catalog = catalog;
		CurrentUser user = identity.currentUser();
		addClassName("new-application-view");
		add(new H2(getTranslation("application.title")), new Paragraph(getTranslation("application.intro")));

		this.handOffCode.setId("handoff-code-input");
		this.handOffCode.setLabel(getTranslation("application.handoff.label"));
		this.handOffCode.setHelperText(getTranslation("application.handoff.help"));
		this.handOffCode.setMaxLength(12);
		Button loadHandOff = new Button(getTranslation("application.handoff.load"), e -> loadHandOff());
		loadHandOff.setId("handoff-load");
		this.handOffCode.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> loadHandOff());
		HorizontalLayout handOffRow = new HorizontalLayout(this.handOffCode, loadHandOff);
		handOffRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		this.handOffAnswers.setId("handoff-answers");
		this.handOffAnswers.addClassName("person-status");
		Div handOffBox = new Div(handOffRow, this.handOffAnswers);
		handOffBox.addClassName("form-card");
		add(handOffBox);

		this.program.setId("program");
		this.program.setLabel(getTranslation("application.program"));
		this.program.setItems(catalog.applicablePrograms());
		this.program.setItemLabelGenerator(p -> p.name(getLocale()) + " · "
				+ catalog.ministry(p.ministry()).map(m -> m.name(getLocale())).orElse(p.ministry()));
		this.program.setRequired(true);

		this.rrn.setId("rrn");
		this.rrn.setLabel(getTranslation("application.rrn"));
		this.rrn.setPlaceholder("000000-0000000");
		this.rrn.setMaxLength(14);
		this.rrn.setRequired(true);
		this.rrn.setHelperText(getTranslation("application.rrn.help"));
		this.rrn.addValueChangeListener(e -> lookUp());

		this.name.setId("name");
		this.name.setLabel(getTranslation("application.name"));
		this.name.setRequired(true);
		this.name.setMaxLength(100);

		this.address.setId("address");
		this.address.setLabel(getTranslation("application.address"));
		this.address.setMaxLength(300);

		this.adminDong.setId("adminDong");
		this.adminDong.setLabel(getTranslation("application.adminDong"));
		this.adminDong.setItems(identity.organizations(OrgLevel.EMD)
			.stream()
			.sorted(Comparator.comparing((Organization o) -> !o.parentCode().equals(user.sigunguCode()))
				.thenComparing(Organization::code))
			.toList());
		// One query for every district name rather than one per list entry.
		java.util.Map<String, Organization> districts = identity.organizations(OrgLevel.SIGUNGU)
			.stream()
			.collect(java.util.stream.Collectors.toMap(Organization::code, o -> o));
		this.adminDong.setItemLabelGenerator(o -> java.util.Optional.ofNullable(districts.get(o.parentCode()))
			.map(p -> p.name(getLocale()) + " " + o.name(getLocale()))
			.orElse(o.name(getLocale())));
		this.adminDong.setRequired(true);
		identity.organization(user.organization().code())
			.filter(o -> o.level() == OrgLevel.EMD)
			.ifPresent(this.adminDong::setValue);

		this.consent.setId("consent");
		this.consent.setLabel(getTranslation("application.consent"));
		this.financialConsent.setId("financial-consent");
		this.financialConsent.setLabel(getTranslation("application.financialConsent"));
		this.financialConsent.setHelperText(getTranslation("application.financialConsent.help"));
		showFinancialConsent();
		this.program.addValueChangeListener(e -> showFinancialConsent());

		this.personStatus.setId("person-status");
		this.personStatus.addClassName("person-status");

		FormLayout form = new FormLayout(this.program, this.rrn, this.name, this.address, this.adminDong);
		form.setColspan(this.program, 2);
		form.setColspan(this.address, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));

		this.submit.setId("submit-application");
		this.submit.setText(getTranslation("application.submit"));
		this.submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.submit.setDisableOnClick(true);
		this.submit.addClickListener(e -> submit());

		Div box = new Div(form, this.personStatus, this.consent, this.financialConsent,
				new HorizontalLayout(this.submit));
		box.addClassName("form-card");
		add(box);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		event.getLocation()
			.getQueryParameters()
			.getSingleParameter(PROGRAM_PARAMETER)
			.flatMap(code -> this.program.getListDataView().getItems().filter(p -> p.code().equals(code)).findFirst())
			.ifPresent(this.program::setValue);
		event.getLocation().getQueryParameters().getSingleParameter(HANDOFF_PARAMETER).ifPresent(code -> {
			this.handOffCode.setValue(code);
			loadHandOff();
		});
	}

	/**
	 * Fills in the program and the area from a hand-off code and shows the citizen's
	 * answers.
	 */
	void loadHandOff() {
		this.handOffAnswers.removeAll();
		java.util.Optional<HandOff> found = this.handOffs.find(this.handOffCode.getValue());
		if (found.isEmpty()) {
			this.handOffCode.setErrorMessage(getTranslation("application.handoff.notFound"));
			this.handOffCode.setInvalid(true);
			return;
		}
		this.handOffCode.setInvalid(false);
		HandOff handOff = found.get();
		java.util.Optional<Program> chosen = this.program.getListDataView()
			.getItems()
			.filter(p -> p.code().equals(handOff.programCode()))
			.findFirst();
		chosen.ifPresent(this.program::setValue);
		String sigungu = handOff.answers().sigunguCode();
		String dong = handOff.answers().adminDongCode();
		if (dong != null) {
			this.adminDong.getListDataView()
				.getItems()
				.filter(o -> o.code().equals(dong))
				.findFirst()
				.ifPresent(this.adminDong::setValue);
		}
		else if (this.adminDong.getValue() == null || !sigungu.equals(this.adminDong.getValue().parentCode())) {
			this.adminDong.clear();
		}
		if (chosen.isPresent()) {
			this.handOffAnswers.add(new Paragraph(getTranslation("application.handoff.loaded", handOff.code())));
		}
		else {
			String name = this.catalog.program(handOff.programCode())
				.map(p -> p.name(getLocale()))
				.orElse(handOff.programCode());
			this.handOffAnswers.add(new Paragraph(getTranslation("application.handoff.programNotApplicable", name)));
		}
		com.vaadin.flow.component.html.UnorderedList lines = new com.vaadin.flow.component.html.UnorderedList();
		AnswersText
			.lines(handOff.answers(), this.identity, getLocale(),
					(key, args) -> args == null ? getTranslation(key) : getTranslation(key, args))
			.forEach(l -> lines.add(new com.vaadin.flow.component.html.ListItem(l)));
		this.handOffAnswers.add(lines);
	}

	private void lookUp() {
		this.rrn.setInvalid(false);
		this.personStatus.setText("");
		if (this.rrn.getValue().isBlank()) {
			return;
		}
		try {
			Rrn parsed = Rrn.parse(this.rrn.getValue());
			if (!parsed.checksumMatches()) {
				this.rrn.setHelperText(getTranslation("application.rrn.checksumWarning"));
			}
			else {
				this.rrn.setHelperText(getTranslation("application.rrn.help"));
			}
			registry.find(parsed)
				.ifPresentOrElse(this::showKnownPerson,
						() -> this.personStatus.setText(getTranslation("application.person.new")));
		}
		catch (InvalidRrnException ex) {
			this.rrn.setErrorMessage(getTranslation(ex.messageKey()));
			this.rrn.setInvalid(true);
		}
	}

	private void showKnownPerson(PersonSummary person) {
		this.personStatus.setText(getTranslation("application.person.known", person.maskedName(), person.maskedRrn()));
		if (this.name.isEmpty()) {
			this.name.setValue(person.name());
		}
	}

	private void showFinancialConsent() {
		Program chosen = this.program.getValue();
		this.financialConsent.setVisible(chosen != null && chosen.publicData().contains(PublicDataSource.FINANCIAL));
	}

	void submit() {
		try {
			ApplicationSummary result = this.casework
				.submit(new NewApplication(this.program.getValue() == null ? null : this.program.getValue().code(),
						this.rrn.getValue(), this.name.getValue(), this.address.getValue(),
						this.adminDong.getValue() == null ? null : this.adminDong.getValue().code(),
						this.consent.getValue(), this.financialConsent.isVisible() && this.financialConsent.getValue(),
						this.idempotencyKey));
			Notification n = Notification.show(getTranslation("application.submitted", result.applicationNo()), 8000,
					Notification.Position.TOP_CENTER);
			n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			n.setId("application-submitted");
			clear();
		}
		catch (InvalidRrnException ex) {
			this.rrn.setErrorMessage(getTranslation(ex.messageKey()));
			this.rrn.setInvalid(true);
			this.rrn.focus();
		}
		catch (UserFacingException ex) {
			Notification n = Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000,
					Notification.Position.TOP_CENTER);
			n.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
		finally {
			this.submit.setEnabled(true);
		}
	}

	private void clear() {
		this.rrn.clear();
		this.name.clear();
		this.address.clear();
		this.consent.clear();
		this.financialConsent.clear();
		this.rrn.setInvalid(false);
		this.personStatus.setText("");
		this.idempotencyKey = UUID.randomUUID().toString();
	}

	@Override
	public String getPageTitle() {
		return getTranslation("application.title") + " · BokjiFlow";
	}

}
