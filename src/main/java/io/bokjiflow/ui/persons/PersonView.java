package io.bokjiflow.ui.persons;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.casework.ApplicationStatus;
import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DecisionLetters;
import io.bokjiflow.ui.cases.CaseView;
import io.bokjiflow.ui.cases.DecisionLetterLink;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ServiceFinder;
import io.bokjiflow.catalog.ServiceFinding;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.outreach.MissingService;
import io.bokjiflow.outreach.MissingServices;
import io.bokjiflow.outreach.OutreachCandidate;
import io.bokjiflow.outreach.OutreachStatus;
import io.bokjiflow.outreach.OutreachWorklist;
import io.bokjiflow.registry.BenefitStatus;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.PersonStatus;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.Fact;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.applications.NewApplicationView;
import io.bokjiflow.ui.catalog.CatalogView;
import jakarta.annotation.security.RolesAllowed;

/**
 * A person as the integrated eligibility & benefit-history DB knows them: household,
 * qualifications, benefits received, accounts and changes, masked; only for users of the
 * person's 시·군·구. Every opening is audited. The service finder adds what the person
 * receives and which programs they could apply for (누락 서비스 발굴).
 */
@Route(value = "persons/:personId", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR", "ADMINISTRATOR" })
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** Route parameter. */
	public static final String PERSON_ID = "personId";

	private final Registry registry;

	private final Identity identity;

	private final ProgramCatalog catalog;

	private final ServiceFinder finder;

	private final Clock clock;

	private final Casework casework;

	private final DecisionLetters letters;

	private final MissingServices missingServices;

	private final OutreachWorklist outreach;

	private String title = "";

	private UUID personId;

	private Component missingBox;

	public PersonView(Registry registry, Identity identity, ProgramCatalog catalog, ServiceFinder finder, Clock clock,
			Casework casework, DecisionLetters letters, MissingServices missingServices, OutreachWorklist outreach) {
		this.missingServices = missingServices;
		this.outreach = outreach;
		this.casework = casework;
		this.letters = letters;
		this.registry = registry;
		this.identity = identity;
		this.catalog = catalog;
		this.finder = finder;
		this.clock = clock;
		addClassName("person-view");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		removeAll();
		CurrentUser user = this.identity.currentUser();
		PersonProfile profile = event.getRouteParameters()
			.get(PERSON_ID)
			.flatMap(PersonView::uuid)
			.flatMap(this.registry::find)
			.filter(p -> user.has(Role.ADMINISTRATOR) || p.sigunguCode().equals(user.sigunguCode()))
			.flatMap(p -> this.registry.profile(p.id(), user.username(), "person view"))
			.orElse(null);
		if (profile == null) {
			this.title = getTranslation("person.notFound");
			add(new H2(this.title), new Paragraph(getTranslation("person.notFound.text")));
			return;
		}
		render(profile);
	}

	private static java.util.Optional<UUID> uuid(String text) {
		try {
			return java.util.Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			return java.util.Optional.empty();
		}
	}

	private void render(PersonProfile profile) {
		Locale locale = getLocale();
		LocalDate today = LocalDate.now(this.clock);
		var p = profile.person();
		this.title = p.maskedName() + " · " + p.maskedRrn();
		add(new H2(this.title));

		Div card = new Div();
		card.addClassName("case-card");
		card.setId("person-facts");
		card.add(fact("person.rrn", p.maskedRrn()), fact("person.birth", p.birthDate().toString()),
				fact("person.sex", getTranslation("sex." + p.sex())),
				fact("person.address", dong(p.adminDongCode(), locale)),
				fact("person.status", getTranslation("personStatus." + p.status())));
		add(card);

		FlexLayout columns = new FlexLayout();
		columns.addClassName("task-columns");
		columns.setWidthFull();
		columns.add(section("person.qualifications", profile.qualifications(), "qualifications", grid -> {
			grid.addColumn(q -> getTranslation("qualification." + q.kind()))
				.setHeader(getTranslation("person.col.kind"));
			grid.addColumn(q -> q.detail() == null ? "" : q.detail()).setHeader(getTranslation("person.col.detail"));
			grid.addColumn(q -> q.validFrom() + " ~ " + (q.validTo() == null ? "" : q.validTo()))
				.setHeader(getTranslation("person.col.period"));
			grid.addColumn(q -> getTranslation(q.validOn(today) ? "person.current" : "person.past"))
				.setHeader(getTranslation("person.col.state"));
		}));
		columns.add(section("person.household", profile.household(), "household", grid -> {
			grid.addColumn(PersonProfile.Member::maskedName).setHeader(getTranslation("person.col.name"));
			grid.addColumn(m -> getTranslation("relationship." + m.relationship()))
				.setHeader(getTranslation("person.col.relationship"));
			grid.addColumn(m -> String.valueOf(m.birthDate().getYear())).setHeader(getTranslation("person.col.born"));
			grid.addColumn(m -> getTranslation("personStatus." + m.status()))
				.setHeader(getTranslation("person.col.state"));
		}));
		add(columns);
		add(services(profile, today, locale));
		if (PersonStatus.ALIVE.name().equals(p.status())) {
			this.personId = p.id();
			this.missingBox = missingServices(p.id(), locale);
			add(this.missingBox);
		}

		add(section("person.applications", this.casework.applicationsOf(p.id()), "applications", grid -> {
			grid.addComponentColumn(
					a -> new RouterLink(a.applicationNo(), CaseView.class, CaseView.parameters(a.applicationNo())))
				.setHeader(getTranslation("person.col.applicationNo"));
			grid.addColumn(
					a -> this.catalog.program(a.programCode()).map(prog -> prog.name(locale)).orElse(a.programCode()))
				.setHeader(getTranslation("person.col.program"));
			grid.addColumn(a -> getTranslation("applicationStatus." + a.status()))
				.setHeader(getTranslation("person.col.state"));
			grid.addColumn(a -> a.decisionDueOn().toString()).setHeader(getTranslation("person.col.due"));
			grid.addComponentColumn(
					a -> a.status() == ApplicationStatus.APPROVED || a.status() == ApplicationStatus.REJECTED
							? new DecisionLetterLink(this.letters, a.applicationNo()) : new Span())
				.setHeader(getTranslation("person.col.letter"));
		}));

		NumberFormat won = NumberFormat.getIntegerInstance(Locale.KOREA);
		add(section("person.benefits", profile.benefits(), "benefits", grid -> {
			grid.addColumn(b -> this.catalog.program(b.programCode())
				.map(prog -> prog.name(locale))
				.orElse(getTranslation("benefitProgram." + b.programCode())))
				.setHeader(getTranslation("person.col.program"));
			grid.addColumn(b -> dong(b.agencyCode(), locale)).setHeader(getTranslation("person.col.agency"));
			grid.addColumn(b -> b.periodFrom() + " ~ " + (b.periodTo() == null ? "" : b.periodTo()))
				.setHeader(getTranslation("person.col.period"));
			grid.addColumn(b -> won.format(b.amountWon())).setHeader(getTranslation("person.col.monthly"));
			grid.addColumn(b -> getTranslation("benefitStatus." + b.status()))
				.setHeader(getTranslation("person.col.state"));
		}));
		add(section("person.accounts", profile.accounts(), "accounts", grid -> {
			grid.addColumn(PersonProfile.Account::bankName).setHeader(getTranslation("person.col.bank"));
			grid.addColumn(PersonProfile.Account::maskedNumber).setHeader(getTranslation("person.col.number"));
			grid.addComponentColumn(a -> {
				Span kind = new Span(getTranslation("accountKind." + a.kind()));
				if ("SEIZURE_PROTECTED".equals(a.kind())) {
					kind.getElement().getThemeList().add("badge success");
				}
				return kind;
			}).setHeader(getTranslation("person.col.kind"));
			grid.addColumn(a -> a.openedOn() + (a.closedOn() == null ? "" : " ~ " + a.closedOn()))
				.setHeader(getTranslation("person.col.period"));
		}));
		add(section("person.events", profile.events(), "events", grid -> {
			grid.addColumn(e -> getTranslation("lifeEvent." + e.kind())).setHeader(getTranslation("person.col.kind"));
			grid.addColumn(e -> String.valueOf(e.occurredOn())).setHeader(getTranslation("person.col.date"));
			grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("person.col.detail"));
			grid.addColumn(PersonProfile.Event::source).setHeader(getTranslation("person.col.source"));
		}));
	}

	/** What the person receives and could apply for, side by side. */
	private Component services(PersonProfile profile, LocalDate today, Locale locale) {
		FlexLayout columns = new FlexLayout();
		columns.setId("person-services");
		columns.addClassNames("task-columns", "services-columns");
		columns.setWidthFull();
		if (!PersonStatus.ALIVE.name().equals(profile.person().status())) {
			Paragraph note = new Paragraph(getTranslation("person.services.notAlive"));
			note.addClassName("hint");
			columns.add(note);
			return columns;
		}
		ServiceFinding found = this.finder.find(ProfileCircumstances.of(profile, today));
		// A program paid now and one only suspended both count as received; say which.
		java.util.Map<String, String> states = profile.benefits()
			.stream()
			.collect(Collectors.toMap(PersonProfile.Benefit::programCode, PersonProfile.Benefit::status,
					(a, b) -> BenefitStatus.ACTIVE.name().equals(a) ? a : b));

		Component received = section("person.services.received", found.received(), "received", grid -> {
			grid.addComponentColumn(r -> programLink(r.programCode(), r.name(locale), r.program() != null))
				.setHeader(getTranslation("person.col.program"));
			grid.addColumn(r -> r.program() == null ? "" : ministry(r.program(), locale))
				.setHeader(getTranslation("person.col.ministry"));
			grid.addColumn(r -> getTranslation("benefitStatus." + states.get(r.programCode())))
				.setHeader(getTranslation("person.col.state"));
		});
		received.addClassName("services-received");

		VerticalLayout suggested = new VerticalLayout();
		suggested.addClassNames("form-card", "services-suggested");
		suggested.setPadding(true);
		List<ServiceFinding.Suggestion> targeted = found.targeted();
		List<ServiceFinding.Suggestion> generic = found.generic();
		suggested.add(new H3(getTranslation("person.services.suggested") + " (" + found.suggestions().size() + ")"));
		Paragraph hint = new Paragraph(getTranslation("person.services.hint"));
		hint.addClassName("hint");
		suggested.add(hint);
		if (found.suggestions().isEmpty()) {
			suggested.add(new Paragraph(getTranslation("person.services.none")));
		}
		if (!targeted.isEmpty()) {
			suggested.add(suggestionGrid(targeted, "person-suggestions", locale));
		}
		if (!generic.isEmpty()) {
			Details everybody = new Details(getTranslation("person.services.generic") + " (" + generic.size() + ")",
					suggestionGrid(generic, "person-suggestions-generic", locale));
			everybody.setId("person-suggestions-generic-details");
			everybody.setWidthFull();
			everybody.setOpened(targeted.isEmpty());
			suggested.add(everybody);
		}
		columns.add(received, suggested);
		return columns;
	}

	/**
	 * The missing services (누락 서비스): programs the rules say the person is likely eligible
	 * for and does not receive, with the rule and evidence, and the outreach.
	 */
	private Component missingServices(UUID personId, Locale locale) {
		VerticalLayout box = new VerticalLayout();
		box.setId("person-missing");
		box.addClassName("form-card");
		box.setPadding(true);
		List<MissingService> found = this.missingServices.find(personId);
		List<MissingService> likely = found.stream()
			.filter(f -> f.confidence() == MissingService.Confidence.LIKELY_ELIGIBLE)
			.toList();
		List<MissingService> check = found.stream()
			.filter(f -> f.confidence() == MissingService.Confidence.CHECK_NEEDED)
			.toList();
		java.util.Map<String, OutreachCandidate> candidates = this.outreach.candidatesOf(personId)
			.stream()
			.collect(Collectors.toMap(c -> c.finding().programCode(), c -> c));
		box.add(new H3(getTranslation("person.missing") + " (" + likely.size() + ")"));
		Paragraph hint = new Paragraph(getTranslation("person.missing.hint"));
		hint.addClassName("hint");
		box.add(hint);
		if (likely.isEmpty()) {
			box.add(new Paragraph(getTranslation("person.missing.none")));
		}
		else {
			box.add(missingGrid(likely, candidates, "person-missing-services", locale));
		}
		if (!check.isEmpty()) {
			Details details = new Details(getTranslation("person.missing.check") + " (" + check.size() + ")",
					missingGrid(check, candidates, "person-missing-check", locale));
			details.setId("person-missing-check-details");
			details.setWidthFull();
			box.add(details);
		}
		return box;
	}

	private Grid<MissingService> missingGrid(List<MissingService> findings,
			java.util.Map<String, OutreachCandidate> candidates, String id, Locale locale) {
		boolean mayStart = this.identity.currentUser().has(Role.CASEWORKER);
		Grid<MissingService> grid = new Grid<>();
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addColumn(f -> f.name(locale)).setHeader(getTranslation("person.col.program")).setFlexGrow(2);
		grid.addColumn(f -> f.rule() + " · " + f.ruleSource())
			.setHeader(getTranslation("person.missing.col.rule"))
			.setFlexGrow(2);
		grid.addColumn(f -> f.explanation(locale))
			.setHeader(getTranslation("person.missing.col.evidence"))
			.setFlexGrow(5);
		grid.addColumn(f -> candidates.containsKey(f.programCode())
				? getTranslation("outreach.status." + candidates.get(f.programCode()).status()) : "")
			.setHeader(getTranslation("person.col.state"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		if (mayStart) {
			grid.addComponentColumn(f -> {
				OutreachCandidate c = candidates.get(f.programCode());
				if (c != null
						&& (c.status() == OutreachStatus.OUTREACH_STARTED || c.status() == OutreachStatus.APPLIED)) {
					return new Span();
				}
				Button start = new Button(getTranslation("outreach.start"), e -> startOutreach(f));
				start.setId("outreach-start-" + f.programCode());
				start.addThemeVariants(ButtonVariant.LUMO_SMALL);
				return start;
			}).setKey("outreach").setAutoWidth(true).setFlexGrow(0);
		}
		grid.setAllRowsVisible(true);
		grid.setItems(findings);
		return grid;
	}

	private void startOutreach(MissingService finding) {
		try {
			this.outreach.startOutreach(this.personId, finding.programCode());
			com.vaadin.flow.component.notification.Notification
				.show(getTranslation("outreach.started"), 4000,
						com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START)
				.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_SUCCESS);
			Component fresh = missingServices(this.personId, getLocale());
			replace(this.missingBox, fresh);
			this.missingBox = fresh;
		}
		catch (UserFacingException ex) {
			com.vaadin.flow.component.notification.Notification
				.show(getTranslation(ex.messageKey(), ex.args()), 6000,
						com.vaadin.flow.component.notification.Notification.Position.TOP_CENTER)
				.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
		}
	}

	private Grid<ServiceFinding.Suggestion> suggestionGrid(List<ServiceFinding.Suggestion> suggestions, String id,
			Locale locale) {
		boolean mayApply = this.identity.currentUser().has(Role.CASEWORKER);
		Grid<ServiceFinding.Suggestion> grid = new Grid<>();
		grid.setId(id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		grid.addComponentColumn(s -> {
			Span cell = new Span(programLink(s.program().code(), s.program().name(locale), true));
			if (s.program().linked()) {
				Span pill = new Span(getTranslation("catalog.linked"));
				pill.addClassNames("pill", "pill-linked");
				cell.add(pill);
			}
			return cell;
		}).setHeader(getTranslation("person.col.program")).setFlexGrow(3);
		grid.addColumn(s -> ministry(s.program(), locale))
			.setHeader(getTranslation("person.col.ministry"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		grid.addColumn(s -> s.reasons().stream().map(this::reason).collect(Collectors.joining(" · ")))
			.setHeader(getTranslation("person.col.reason"))
			.setFlexGrow(4);
		if (mayApply && suggestions.stream().anyMatch(ServiceFinding.Suggestion::applicable)) {
			grid.addComponentColumn(s -> s.applicable() ? applyButton(s.program()) : new Span())
				.setKey("apply")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		if (suggestions.size() > 12) {
			grid.setHeight("28rem");
		}
		else {
			grid.setAllRowsVisible(true);
		}
		grid.setItems(suggestions);
		return grid;
	}

	private Component programLink(String code, String name, boolean catalogued) {
		if (!catalogued) {
			return new Span(name);
		}
		RouterLink link = new RouterLink(name, CatalogView.class);
		link.setQueryParameters(QueryParameters.of(CatalogView.PROGRAM_PARAMETER, code));
		link.addClassName("program-link");
		return link;
	}

	private Button applyButton(Program program) {
		Button apply = new Button(getTranslation("person.services.apply"),
				e -> getUI().ifPresent(ui -> ui.navigate(NewApplicationView.class,
						QueryParameters.of(NewApplicationView.PROGRAM_PARAMETER, program.code()))));
		apply.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
		apply.setId("apply-" + program.code());
		return apply;
	}

	private String ministry(Program program, Locale locale) {
		return this.catalog.ministry(program.ministry()).map(m -> m.name(locale)).orElse(program.ministry());
	}

	private String reason(ServiceFinding.Reason reason) {
		return switch (reason.kind()) {
			case QUALIFICATION -> getTranslation("qualification." + reason.code());
			case HOUSEHOLD ->
				getTranslation("person.services.reason.household", getTranslation("situation." + reason.code()));
			case LIFE_STAGE -> getTranslation("lifeStage." + reason.code());
			case CHILD_LIFE_STAGE ->
				"PREGNANCY_BIRTH".equals(reason.code()) ? getTranslation("person.services.reason.birth")
						: getTranslation("person.services.reason.child", getTranslation("lifeStage." + reason.code()));
		};
	}

	private <T> Component section(String titleKey, List<T> items, String id,
			java.util.function.Consumer<Grid<T>> columns) {
		VerticalLayout box = new VerticalLayout();
		box.addClassName("form-card");
		box.setPadding(true);
		box.add(new H3(getTranslation(titleKey) + " (" + items.size() + ")"));
		if (items.isEmpty()) {
			box.add(new Paragraph(getTranslation("person.none")));
			return box;
		}
		Grid<T> grid = new Grid<>();
		grid.setId("person-" + id);
		grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		grid.setAllRowsVisible(true);
		columns.accept(grid);
		grid.getColumns().forEach(c -> c.setAutoWidth(true));
		grid.setItems(items);
		box.add(grid);
		return box;
	}

	private String dong(String code, Locale locale) {
		return code == null ? "" : this.identity.organization(code).map(o -> o.name(locale)).orElse(code);
	}

	private Fact fact(String labelKey, String value) {
		return new Fact(getTranslation(labelKey), value);
	}

	@Override
	public String getPageTitle() {
		return this.title + " · BokjiFlow";
	}

}
