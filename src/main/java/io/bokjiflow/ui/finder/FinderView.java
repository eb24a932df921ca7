package io.bokjiflow.ui.finder;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.bokjiflow.catalog.BenefitKind;
import io.bokjiflow.catalog.LifeStage;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.catalog.ProgramQuery;
import io.bokjiflow.catalog.Situation;
import io.bokjiflow.finder.ProgramSearch;
import io.bokjiflow.finder.RateLimiter;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;

/**
 * The public search (no login): every central and local program by keyword, life stage,
 * situation, 시·도 / 시·군·구 and kind of benefit, ten to a page, each linking to its page.
 * The keyword is never put in the address, so that it reaches no access log.
 */
@Route(value = "finder", layout = PublicLayout.class)
@AnonymousAllowed
public class FinderView extends VerticalLayout implements HasDynamicTitle {

	static final int PAGE_SIZE = 10;

	private final ProgramSearch search;

	private final ProgramCatalog catalog;

	private final RateLimiter limiter;

	final TextField keyword = new TextField();

	final Select<Organization> sido = new Select<>();

	final Select<Organization> sigungu = new Select<>();

	final Select<LifeStage> lifeStage = new Select<>();

	final Select<Situation> situation = new Select<>();

	final Select<BenefitKind> benefitKind = new Select<>();

	final Div count = new Div();

	final UnorderedList results = new UnorderedList();

	final Button previous = new Button();

	final Button next = new Button();

	final Span pageInfo = new Span();

	final Div status = PublicLimits.statusBox();

	int page;

	public FinderView(ProgramSearch search, ProgramCatalog catalog, Identity identity, RateLimiter limiter) {
		this.search = search;
		this.catalog = catalog;
		this.limiter = limiter;
		addClassName("finder-view");
		setPadding(false);
		Locale locale = getLocale();
		String any = getTranslation("catalog.filter.any");

		H1 title = new H1(getTranslation("finder.search.title"));
		Paragraph intro = new Paragraph(getTranslation("finder.search.intro"));
		Anchor toCheck = new Anchor("finder/check", getTranslation("finder.search.toCheck"));
		toCheck.setId("to-check");
		toCheck.addClassName("call-to-action");

		this.keyword.setId("finder-keyword");
		this.keyword.setLabel(getTranslation("finder.search.keyword"));
		this.keyword.setPlaceholder(getTranslation("catalog.search.placeholder"));
		this.keyword.setClearButtonVisible(true);
		this.keyword.setValueChangeMode(ValueChangeMode.ON_CHANGE);
		this.keyword.setMaxLength(100);

		this.sido.setId("finder-sido");
		this.sido.setLabel(getTranslation("finder.region.sido"));
		this.sido.setEmptySelectionAllowed(true);
		this.sido.setEmptySelectionCaption(getTranslation("catalog.details.regions.all"));
		this.sigungu.setId("finder-sigungu");
		this.sigungu.setLabel(getTranslation("finder.region.sigungu"));
		this.sigungu.setEmptySelectionAllowed(true);
		this.sigungu.setEmptySelectionCaption(any);
		new Regions(identity).bind(this.sido, this.sigungu, null, locale, any);

		this.lifeStage.setId("finder-life-stage");
		this.lifeStage.setLabel(getTranslation("catalog.filter.lifeStage"));
		this.lifeStage.setItems(LifeStage.values());
		this.lifeStage.setEmptySelectionAllowed(true);
		this.lifeStage.setEmptySelectionCaption(any);
		this.lifeStage.setItemLabelGenerator(s -> s == null ? any : getTranslation("lifeStage." + s.name()));

		this.situation.setId("finder-situation");
		this.situation.setLabel(getTranslation("catalog.filter.situation"));
		this.situation.setItems(Situation.values());
		this.situation.setEmptySelectionAllowed(true);
		this.situation.setEmptySelectionCaption(any);
		this.situation.setItemLabelGenerator(s -> s == null ? any : getTranslation("situation." + s.name()));

		this.benefitKind.setId("finder-benefit-kind");
		this.benefitKind.setLabel(getTranslation("catalog.filter.benefitKind"));
		this.benefitKind.setItems(BenefitKind.values());
		this.benefitKind.setEmptySelectionAllowed(true);
		this.benefitKind.setEmptySelectionCaption(any);
		this.benefitKind.setItemLabelGenerator(k -> k == null ? any : getTranslation("benefitKind." + k.name()));

		Button searchButton = new Button(getTranslation("finder.search.button"), e -> search(0));
		searchButton.setId("finder-search");
		searchButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.keyword.addKeyDownListener(Key.ENTER, e -> search(0));

		FormLayout filters = new FormLayout(this.keyword, this.sido, this.sigungu, this.lifeStage, this.situation,
				this.benefitKind);
		filters.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("560px", 2),
				new FormLayout.ResponsiveStep("960px", 3));
		filters.setColspan(this.keyword, 2);
		Div filterBox = new Div(filters, searchButton);
		filterBox.addClassName("filter-box");
		filterBox.getElement().setAttribute("role", "search");

		this.sido.addValueChangeListener(e -> search(0));
		this.sigungu.addValueChangeListener(e -> search(0));
		this.lifeStage.addValueChangeListener(e -> search(0));
		this.situation.addValueChangeListener(e -> search(0));
		this.benefitKind.addValueChangeListener(e -> search(0));

		this.count.setId("finder-count");
		this.count.addClassName("finder-count");
		this.count.getElement().setAttribute("role", "status");
		this.results.setId("finder-results");
		this.results.addClassName("finder-results");

		this.previous.setText(getTranslation("finder.page.previous"));
		this.previous.setId("page-previous");
		this.previous.addClickListener(e -> search(this.page - 1));
		this.next.setText(getTranslation("finder.page.next"));
		this.next.setId("page-next");
		this.next.addClickListener(e -> search(this.page + 1));
		this.pageInfo.setId("page-info");
		HorizontalLayout pager = new HorizontalLayout(this.previous, this.pageInfo, this.next);
		pager.addClassName("pager");
		pager.setDefaultVerticalComponentAlignment(Alignment.CENTER);
		pager.getElement().setAttribute("role", "navigation");
		pager.getElement().setAttribute("aria-label", getTranslation("finder.page.label"));

		H2 resultsTitle = new H2(getTranslation("finder.search.results"));
		resultsTitle.addClassName("visually-hidden");
		add(title, intro, toCheck, filterBox, this.status, resultsTitle, this.count, this.results, pager);
		search(0);
	}

	ProgramSearch.Query query() {
		ProgramQuery q = ProgramQuery.all()
			.withKeyword(this.keyword.getValue())
			.withLifeStage(this.lifeStage.getValue())
			.withSituation(this.situation.getValue())
			.withBenefitKind(this.benefitKind.getValue())
			.withRegion(this.sido.getValue() == null ? null : this.sido.getValue().code());
		return new ProgramSearch.Query(q, this.sigungu.getValue() == null ? null : this.sigungu.getValue().code());
	}

	void search(int requestedPage) {
		if (!PublicLimits.allow(this.limiter, RateLimiter.Action.SEARCH, this.status)) {
			return;
		}
		ProgramSearch.Query query = query();
		int total = this.search.count(query);
		int pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		this.page = Math.max(0, Math.min(requestedPage, pages - 1));
		List<Program> found = this.search.search(query, this.page * PAGE_SIZE, PAGE_SIZE);
		this.count.setText(total == 0 ? getTranslation("catalog.empty") : getTranslation("catalog.count", total));
		this.results.removeAll();
		String region = this.sigungu.getValue() == null ? "" : "?region=" + this.sigungu.getValue().code();
		for (Program p : found) {
			this.results.add(item(p, region));
		}
		this.pageInfo.setText(getTranslation("finder.page.info", this.page + 1, pages));
		this.previous.setEnabled(this.page > 0);
		this.next.setEnabled(this.page < pages - 1);
	}

	private ListItem item(Program p, String region) {
		Locale locale = getLocale();
		Anchor name = new Anchor("finder/program/" + p.code() + region, p.name(locale));
		name.addClassName("result-name");
		com.vaadin.flow.component.html.H3 heading = new com.vaadin.flow.component.html.H3(name);
		String ministry = this.catalog.ministry(p.ministry()).map(m -> m.name(locale)).orElse(p.ministry());
		Span meta = new Span(ministry + " · " + getTranslation("benefitKind." + p.benefitKind().name())
				+ (p.localSigungu() != null ? " · " + getTranslation("finder.local") : ""));
		meta.addClassName("result-meta");
		Paragraph benefit = new Paragraph(p.benefit(locale));
		benefit.addClassName("result-benefit");
		ListItem item = new ListItem(heading, meta, benefit);
		item.addClassName("result");
		return item;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("finder.search.title") + " · BokjiFlow";
	}

}
