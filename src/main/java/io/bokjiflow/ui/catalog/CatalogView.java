package io.bokjiflow.ui.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.Ministry;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ProgramQuery;
import io.bokjiflow.catalog.Region;
import io.bokjiflow.catalog.Situation;
import io.bokjiflow.ui.Fact;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * 복지알림이, the program catalogue: search the central welfare programs by keyword, life
 * stage, situation, region and benefit kind, and read what a program gives, who
 * qualifies, how to apply, and where each fact comes from.
 */
@Route(value = "catalog", layout = MainLayout.class)
// Every staff role; the auditor sees the audit log only.
@RolesAllowed({ "CASEWORKER", "SUPERVISOR", "PROCESS_DESIGNER", "LOCAL_OFFICIAL", "ADMINISTRATOR" })
public class CatalogView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	/**
	 * Query parameter that opens a program, e.g. {@code catalog?program=TRAVEL_VOUCHER}.
	 */
	public static final String PROGRAM_PARAMETER = "program";

	/** Query parameter that fills the search field. */
	static final String KEYWORD_PARAMETER = "q";

	private final ProgramCatalog catalog;

	final TextField search = new TextField();

	final Select<LifeStage> lifeStage = new Select<>();

	final ComboBox<Situation> situation = new ComboBox<>();

	final ComboBox<Region> region = new ComboBox<>();

	final Select<BenefitKind> benefitKind = new Select<>();

	final Checkbox linkedOnly = new Checkbox();

	final Grid<Program> grid = new Grid<>();

	final Span count = new Span();

	final Div details = new Div();

	public CatalogView(ProgramCatalog catalog) {
		this.catalog = catalog;
		addClassName("catalog-view");
		setSizeFull();
		long linked = catalog.programs().stream().filter(Program::linked).count();
		Paragraph intro = new Paragraph(getTranslation("catalog.intro", catalog.programs().size(), linked));
		intro.addClassName("hint");
		add(new H2(getTranslation("catalog.title")), intro, filters());

		configureGrid();
		this.details.setId("program-details");
		this.details.addClassName("program-details");
		showPlaceholder();
		SplitLayout split = new SplitLayout(this.grid, this.details);
		split.setSplitterPosition(58);
		split.setSizeFull();
		split.addClassName("catalog-split");
		add(split);
		setFlexGrow(1, split);
		refresh();
	}

	private Component filters() {
		this.search.setId("catalog-search");
		this.search.setLabel(getTranslation("catalog.search"));
		this.search.setPlaceholder(getTranslation("catalog.search.placeholder"));
		this.search.setPrefixComponent(VaadinIcon.SEARCH.create());
		this.search.setClearButtonVisible(true);
		this.search.setValueChangeMode(ValueChangeMode.LAZY);
		this.search.addClassName("catalog-search");

		this.lifeStage.setId("filter-life-stage");
		this.lifeStage.setLabel(getTranslation("catalog.filter.lifeStage"));
		this.lifeStage.setItems(LifeStage.values());
		this.lifeStage.setEmptySelectionAllowed(true);
		this.lifeStage.setEmptySelectionCaption(getTranslation("catalog.filter.any"));
		this.lifeStage.setItemLabelGenerator(
				s -> s == null ? getTranslation("catalog.filter.any") : getTranslation("lifeStage." + s.name()));

		this.situation.setId("filter-situation");
		this.situation.setLabel(getTranslation("catalog.filter.situation"));
		this.situation.setItems(Situation.values());
		this.situation.setItemLabelGenerator(s -> getTranslation("situation." + s.name()));
		this.situation.setPlaceholder(getTranslation("catalog.filter.any"));
		this.situation.setClearButtonVisible(true);

		this.region.setId("filter-region");
		this.region.setLabel(getTranslation("catalog.filter.region"));
		this.region.setItems(this.catalog.regions());
		this.region.setItemLabelGenerator(r -> r.name(getLocale()));
		this.region.setPlaceholder(getTranslation("catalog.filter.any"));
		this.region.setClearButtonVisible(true);

		this.benefitKind.setId("filter-benefit-kind");
		this.benefitKind.setLabel(getTranslation("catalog.filter.benefitKind"));
		this.benefitKind.setItems(BenefitKind.values());
		this.benefitKind.setEmptySelectionAllowed(true);
		this.benefitKind.setEmptySelectionCaption(getTranslation("catalog.filter.any"));
		this.benefitKind.setItemLabelGenerator(
				k -> k == null ? getTranslation("catalog.filter.any") : getTranslation("benefitKind." + k.name()));

		this.linkedOnly.setId("filter-linked");
		this.linkedOnly.setLabel(getTranslation("catalog.filter.linked"));

		Button reset = new Button(getTranslation("catalog.filter.reset"), e -> reset());
		reset.setId("filter-reset");
		reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

		this.search.addValueChangeListener(e -> refresh());
		this.lifeStage.addValueChangeListener(e -> refresh());
		this.situation.addValueChangeListener(e -> refresh());
		this.region.addValueChangeListener(e -> refresh());
		this.benefitKind.addValueChangeListener(e -> refresh());
		this.linkedOnly.addValueChangeListener(e -> refresh());

		this.count.setId("catalog-count");
		this.count.addClassName("catalog-count");
		FlexLayout bar = new FlexLayout(this.search, this.lifeStage, this.situation, this.region, this.benefitKind,
				this.linkedOnly, reset, this.count);
		bar.addClassName("catalog-filters");
		bar.setWidthFull();
		return bar;
	}

	private void configureGrid() {
		this.grid.setId("catalog-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT,
				GridVariant.LUMO_COMPACT);
		this.grid.addComponentColumn(this::nameCell)
			.setHeader(getTranslation("catalog.col.name"))
			.setKey("name")
			.setFlexGrow(3);
		this.grid.addColumn(p -> ministryName(p.ministry()))
			.setHeader(getTranslation("catalog.col.ministry"))
			.setKey("ministry")
			.setFlexGrow(1);
		this.grid.addColumn(p -> getTranslation("benefitKind." + p.benefitKind().name()))
			.setHeader(getTranslation("catalog.col.benefitKind"))
			.setKey("benefitKind")
			.setFlexGrow(1);
		// The target is clamped to a few lines in the list; the details show it in full.
		this.grid
			.addColumn(LitRenderer.<Program>of("<span class=\"clamp\" title=\"${item.target}\">${item.target}</span>")
				.withProperty("target", p -> p.eligibility(getLocale())))
			.setHeader(getTranslation("catalog.col.target"))
			.setKey("target")
			.setFlexGrow(4);
		this.grid.setEmptyStateText(getTranslation("catalog.empty"));
		this.grid.asSingleSelect().addValueChangeListener(e -> {
			if (e.getValue() != null) {
				showDetails(e.getValue());
			}
		});
		this.grid.setItems(q -> this.catalog.search(query(), q.getOffset(), q.getLimit()).stream(),
				q -> this.catalog.count(query()));
	}

	private Component nameCell(Program p) {
		Span name = new Span(p.name(getLocale()));
		name.addClassName("program-name");
		Div cell = new Div(name);
		if (p.linked()) {
			cell.add(pill(getTranslation("catalog.linked"), "pill-linked"));
		}
		return cell;
	}

	/** The query the filters describe. */
	ProgramQuery query() {
		return new ProgramQuery(this.search.getValue(), this.lifeStage.getValue(), this.situation.getValue(),
				this.region.getValue() == null ? null : this.region.getValue().code(), this.benefitKind.getValue(),
				this.linkedOnly.getValue() ? Boolean.TRUE : null);
	}

	private void refresh() {
		this.grid.getDataProvider().refreshAll();
		this.count.setText(getTranslation("catalog.count", this.catalog.count(query())));
	}

	private void reset() {
		this.search.clear();
		this.lifeStage.clear();
		this.situation.clear();
		this.region.clear();
		this.benefitKind.clear();
		this.linkedOnly.clear();
	}

	private void showPlaceholder() {
		this.details.removeAll();
		Paragraph hint = new Paragraph(getTranslation("catalog.details.placeholder"));
		hint.addClassName("hint");
		this.details.add(hint);
	}

	/** Shows a program's details beside the list. */
	void showDetails(Program p) {
		Locale locale = getLocale();
		this.details.removeAll();
		H3 title = new H3(p.name(locale));
		title.setId("program-title");
		Div pills = new Div(pill(getTranslation("benefitKind." + p.benefitKind().name()), "pill-kind"));
		pills.addClassName("pills");
		if (p.linked()) {
			pills.add(pill(getTranslation("catalog.linked"), "pill-linked"));
			pills.add(pill(getTranslation("investigation." + p.investigation().name()), "pill-investigation"));
		}
		Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> {
			this.grid.asSingleSelect().clear();
			showPlaceholder();
		});
		close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
		close.setAriaLabel(getTranslation("catalog.details.close"));
		close.setId("program-close");
		Div header = new Div(title, close);
		header.addClassName("details-header");
		this.details.add(header, pills);

		this.details.add(section("catalog.details.benefit", text(p.benefit(locale))));
		this.details.add(section("catalog.details.eligibility", text(p.eligibility(locale))));
		this.details.add(section("catalog.details.apply", text(p.apply(locale)), fact("catalog.details.applyAt",
				join(p.applyAt().stream().map(c -> getTranslation("applyChannel." + c.name())).toList()))));
		if (p.linked()) {
			Div documents = new Div(documentList("catalog.details.documentsBefore", p.documentsBefore(), "docs-before"),
					documentList("catalog.details.documentsNow", p.documentsNow(), "docs-now"));
			documents.addClassName("documents");
			documents.setId("program-documents");
			this.details.add(section("catalog.details.documents", documents));
			this.details.add(section("catalog.details.decision",
					fact("catalog.details.investigation", getTranslation("investigation." + p.investigation().name())),
					fact("catalog.details.publicData",
							join(p.publicData()
								.stream()
								.map(d -> getTranslation("catalog.publicData." + d.name()))
								.toList())),
					fact("catalog.details.deadline",
							getTranslation("catalog.details.deadlineDays", p.decisionDeadlineDays()))));
		}
		Div facts = new Div();
		facts.add(fact("catalog.details.ministry", ministryLabel(p.ministry())));
		if (p.ministry2012() != null) {
			facts.add(fact("catalog.details.ministry2012", ministryLabel(p.ministry2012())));
		}
		if (p.legalBasis() != null) {
			facts.add(fact("catalog.details.legalBasis", p.legalBasis()));
		}
		facts.add(fact("catalog.details.lifeStages",
				join(p.lifeStages().stream().map(s -> getTranslation("lifeStage." + s.name())).toList())));
		facts.add(fact("catalog.details.situations",
				p.situations().isEmpty() ? getTranslation("catalog.details.situations.none")
						: join(p.situations().stream().map(s -> getTranslation("situation." + s.name())).toList())));
		facts.add(fact("catalog.details.regions", regions(p)));
		this.details.add(section("catalog.details.facts", facts));
		if (p.remark(locale) != null) {
			this.details.add(section("catalog.details.remark", text(p.remark(locale))));
		}
		this.details.add(section("catalog.details.sources", list(p.sources(), "program-sources")));
		this.details.add(section("catalog.details.assumptions",
				p.assumptions().isEmpty() ? text(getTranslation("catalog.details.assumptions.none"))
						: list(p.assumptions(), "program-assumptions")));
	}

	private String regions(Program p) {
		if (p.nationwide()) {
			return getTranslation("catalog.details.regions.all");
		}
		Map<String, Region> byCode = new java.util.HashMap<>();
		this.catalog.regions().forEach(r -> byCode.put(r.code(), r));
		return join(
				p.regions().stream().map(c -> byCode.containsKey(c) ? byCode.get(c).name(getLocale()) : c).toList());
	}

	private String ministryName(String id) {
		return this.catalog.ministry(id).map(m -> m.name(getLocale())).orElse(id);
	}

	private String ministryLabel(String id) {
		return this.catalog.ministry(id).map(this::ministryLabel).orElse(id);
	}

	private String ministryLabel(Ministry m) {
		String code = m.code() == null ? getTranslation("catalog.details.ministryCodeUnknown") : m.code();
		return m.name(getLocale()) + " (" + code + ")";
	}

	private Div section(String titleKey, Component... content) {
		Div section = new Div(new H4(getTranslation(titleKey)));
		section.add(content);
		section.addClassName("details-section");
		return section;
	}

	private Div documentList(String titleKey, List<String> documents, String id) {
		Div box = new Div(new Span(getTranslation(titleKey) + " (" + documents.size() + ")"), list(documents, id));
		box.addClassName("document-box");
		box.addClassName(id);
		return box;
	}

	private static UnorderedList list(List<String> items, String id) {
		UnorderedList list = new UnorderedList(items.stream().map(ListItem::new).toArray(ListItem[]::new));
		list.setId(id);
		return list;
	}

	private static Paragraph text(String value) {
		Paragraph p = new Paragraph(value);
		p.addClassName("details-text");
		return p;
	}

	private Fact fact(String labelKey, String value) {
		return new Fact(getTranslation(labelKey), value);
	}

	private static Span pill(String text, String variant) {
		Span pill = new Span(text);
		pill.addClassNames("pill", variant);
		return pill;
	}

	private static String join(List<String> parts) {
		return String.join(", ", parts);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		parameters.getOrDefault(KEYWORD_PARAMETER, List.of()).stream().findFirst().ifPresent(this.search::setValue);
		parameters.getOrDefault(PROGRAM_PARAMETER, List.of())
			.stream()
			.findFirst()
			.flatMap(this.catalog::program)
			.ifPresent(p -> {
				this.grid.select(p);
				showDetails(p);
			});
	}

	@Override
	public String getPageTitle() {
		return getTranslation("catalog.title") + " · BokjiFlow";
	}

}
