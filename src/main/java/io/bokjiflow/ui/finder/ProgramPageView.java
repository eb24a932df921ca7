package io.bokjiflow.ui.finder;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.bokjiflow.catalog.ApplyChannel;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;

/**
 * A program's public page: what it gives, who qualifies, the documents needed now and
 * before the public-data linkage, how to apply, and the community centres of the chosen
 * 시·군·구 (a list of centres, not a location search: the directory holds no addresses).
 * {@code /finder/program/<code>?region=<시·군·구>}.
 */
@Route(value = "finder/program", layout = PublicLayout.class)
@AnonymousAllowed
public class ProgramPageView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

	private final ProgramCatalog catalog;

	private final Identity identity;

	private String title = "";

	final Select<Organization> sido = new Select<>();

	final Select<Organization> sigungu = new Select<>();

	final UnorderedList centres = new UnorderedList();

	final Paragraph centresNote = new Paragraph();

	public ProgramPageView(ProgramCatalog catalog, Identity identity) {
		this.catalog = catalog;
		this.identity = identity;
		addClassName("program-page");
		setPadding(false);
	}

	@Override
	public void setParameter(BeforeEvent event, String code) {
		removeAll();
		String region = event.getLocation().getQueryParameters().getSingleParameter("region").orElse(null);
		Optional<Program> program = this.catalog.program(code);
		if (program.isEmpty()) {
			this.title = getTranslation("finder.program.notFound");
			add(new H1(this.title), new Anchor("finder", getTranslation("finder.program.back")));
			return;
		}
		show(program.get(), region);
	}

	private void show(Program p, String region) {
		Locale locale = getLocale();
		this.title = p.name(locale);
		H1 name = new H1(p.name(locale));
		name.setId("program-name");
		String ministry = this.catalog.ministry(p.ministry()).map(m -> m.name(locale)).orElse(p.ministry());
		Span meta = new Span(ministry + " · " + getTranslation("benefitKind." + p.benefitKind().name()));
		meta.addClassName("result-meta");
		Anchor back = new Anchor("finder", getTranslation("finder.program.back"));
		back.setId("back-to-search");
		add(back, name, meta);

		add(section("program-benefit", getTranslation("catalog.details.benefit"), new Paragraph(p.benefit(locale))));
		add(section("program-eligibility", getTranslation("catalog.details.eligibility"),
				new Paragraph(p.eligibility(locale)), new Paragraph(getTranslation("finder.program.estimateHint"))));

		Div documents = new Div();
		documents.addClassName("documents");
		documents.add(documentList("docs-now", getTranslation("finder.program.docsNow"), p.documentsNow()));
		documents.add(documentList("docs-before", getTranslation("finder.program.docsBefore"), p.documentsBefore()));
		add(section("program-documents", getTranslation("finder.program.documents"), documents));

		UnorderedList channels = new UnorderedList();
		p.applyAt().forEach(c -> channels.add(new ListItem(getTranslation("finder.channel." + c.name()))));
		Paragraph how = new Paragraph(p.apply(locale) == null ? "" : p.apply(locale));
		add(section("program-apply", getTranslation("catalog.details.apply"), channels, how));

		boolean atCentre = p.applyAt().contains(ApplyChannel.COMMUNITY_CENTRE) || p.localSigungu() != null;
		if (atCentre) {
			add(places(p, region));
		}
		Anchor check = new Anchor("finder/check", getTranslation("finder.program.toCheck"));
		check.setId("program-to-check");
		check.addClassName("call-to-action");
		add(check);
		if (!p.assumptions().isEmpty()) {
			Paragraph note = new Paragraph(getTranslation("finder.program.assumptions"));
			note.addClassName("small-note");
			add(note);
		}
	}

	private Section places(Program p, String region) {
		Locale locale = getLocale();
		String any = getTranslation("catalog.filter.any");
		this.sido.setLabel(getTranslation("finder.region.sido"));
		this.sido.setId("place-sido");
		this.sigungu.setLabel(getTranslation("finder.region.sigungu"));
		this.sigungu.setId("place-sigungu");
		Regions regions = new Regions(this.identity);
		regions.bind(this.sido, this.sigungu, null, locale, any);
		this.sigungu.addValueChangeListener(e -> showCentres(e.getValue()));
		this.centres.setId("centres");
		this.centresNote.setId("centres-note");
		this.centresNote.addClassName("small-note");
		String chosen = p.localSigungu() != null ? p.localSigungu() : region;
		regions.select(this.sido, this.sigungu, chosen);
		if (p.localSigungu() != null) {
			this.sido.setReadOnly(true);
			this.sigungu.setReadOnly(true);
		}
		Div pickers = new Div(this.sido, this.sigungu);
		pickers.addClassName("pickers");
		if (this.sigungu.getValue() == null) {
			this.centresNote.setText(getTranslation("finder.program.pickRegion"));
		}
		return section("program-places", getTranslation("finder.program.places"), pickers, this.centresNote,
				this.centres);
	}

	private void showCentres(Organization district) {
		this.centres.removeAll();
		if (district == null) {
			this.centresNote.setText(getTranslation("finder.program.pickRegion"));
			return;
		}
		List<Organization> found = this.identity.communityCentres(district.code());
		this.centresNote.setText(found.isEmpty() ? getTranslation("finder.program.noCentres")
				: getTranslation("finder.program.centresNote", district.name(getLocale()), found.size()));
		for (Organization centre : found) {
			this.centres.add(new ListItem(centre.name(getLocale()) + " " + getTranslation("finder.program.centre")));
		}
	}

	private Div documentList(String id, String heading, List<String> documents) {
		Div box = new Div(new H3(heading));
		box.setId(id);
		if (documents.isEmpty()) {
			box.add(new Paragraph(getTranslation("finder.program.docsUnknown")));
		}
		else {
			UnorderedList list = new UnorderedList();
			documents.forEach(d -> list.add(new ListItem(d)));
			box.add(list);
		}
		return box;
	}

	private static Section section(String id, String heading, com.vaadin.flow.component.Component... content) {
		H2 h = new H2(heading);
		h.setId(id + "-title");
		Section section = new Section(h);
		section.add(content);
		section.setId(id);
		section.getElement().setAttribute("aria-labelledby", id + "-title");
		section.addClassName("program-section");
		return section;
	}

	@Override
	public String getPageTitle() {
		return this.title + " · BokjiFlow";
	}

}
