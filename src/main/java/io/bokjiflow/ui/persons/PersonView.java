package io.bokjiflow.ui.persons;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.component.Component;
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
import com.vaadin.flow.router.Route;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.registry.PersonProfile;
import io.bokjiflow.registry.Registry;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.ui.Fact;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * A person as the integrated eligibility & benefit-history DB knows them: household,
 * qualifications, benefits received, accounts and changes, masked; only for users of the
 * person's 시·군·구. Every opening is audited.
 */
@Route(value = "persons/:personId", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR", "ADMINISTRATOR" })
public class PersonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/** Route parameter. */
	public static final String PERSON_ID = "personId";

	private final Registry registry;

	private final Identity identity;

	private final ProgramCatalog catalog;

	private String title = "";

	public PersonView(Registry registry, Identity identity, ProgramCatalog catalog) {
		this.registry = registry;
		this.identity = identity;
		this.catalog = catalog;
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
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);
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
