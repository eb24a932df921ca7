package io.bokjiflow.ui.finder;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
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
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.bokjiflow.catalog.ApplyChannel;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.finder.AssetBand;
import io.bokjiflow.finder.Bands;
import io.bokjiflow.finder.HandOff;
import io.bokjiflow.finder.HandOffs;
import io.bokjiflow.finder.IncomeBand;
import io.bokjiflow.finder.RateLimiter;
import io.bokjiflow.finder.SelfCheck;
import io.bokjiflow.finder.SelfCheckAnswers;
import io.bokjiflow.finder.SelfCheckQualification;
import io.bokjiflow.finder.SelfCheckResult;
import io.bokjiflow.finder.VehicleBand;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.shared.UserFacingException;

/**
 * The self-check (모의 판정, no login): a short questionnaire, the programs the rules
 * probably grant, and a hand-off code to bring to the community centre. The answers stay
 * in this page (a hand-off stores them without name or resident number); nothing typed is
 * logged or put in the address.
 */
@Route(value = "finder/check", layout = PublicLayout.class)
@AnonymousAllowed
public class SelfCheckView extends VerticalLayout implements HasDynamicTitle {

	private final SelfCheck selfCheck;

	private final HandOffs handOffs;

	private final RateLimiter limiter;

	private final Identity identity;

	final Select<Organization> sido = new Select<>();

	final Select<Organization> sigungu = new Select<>();

	final Select<Organization> dong = new Select<>();

	final IntegerField householdSize = new IntegerField();

	final Div ages = new Div();

	final List<IntegerField> ageFields = new ArrayList<>();

	final RadioButtonGroup<IncomeBand> income = new RadioButtonGroup<>();

	final Checkbox allEarned = new Checkbox();

	final RadioButtonGroup<AssetBand> assets = new RadioButtonGroup<>();

	final Checkbox homeOwner = new Checkbox();

	final RadioButtonGroup<VehicleBand> vehicles = new RadioButtonGroup<>();

	final CheckboxGroup<SelfCheckQualification> qualifications = new CheckboxGroup<>();

	final Button check = new Button();

	final Div status = PublicLimits.statusBox();

	final Section results = new Section();

	final Section handOff = new Section();

	private SelfCheckAnswers lastAnswers;

	public SelfCheckView(SelfCheck selfCheck, HandOffs handOffs, RateLimiter limiter, Identity identity) {
		this.selfCheck = selfCheck;
		this.handOffs = handOffs;
		this.limiter = limiter;
		this.identity = identity;
		addClassName("self-check-view");
		setPadding(false);
		Locale locale = getLocale();
		String none = getTranslation("finder.check.dong.none");

		Div notice = new Div(new Paragraph(getTranslation("finder.check.notice")));
		notice.setId("check-notice");
		notice.addClassName("notice");
		notice.getElement().setAttribute("role", "note");

		this.sido.setId("check-sido");
		this.sido.setLabel(getTranslation("finder.region.sido"));
		// Not setRequiredIndicatorVisible: vaadin-select puts aria-required on an element
		// of role button, which axe reports as a critical ARIA error; the helper says it.
		this.sido.setHelperText(getTranslation("finder.check.required"));
		this.sigungu.setId("check-sigungu");
		this.sigungu.setLabel(getTranslation("finder.region.sigungu"));
		this.sigungu.setHelperText(getTranslation("finder.check.required"));
		this.dong.setId("check-dong");
		this.dong.setLabel(getTranslation("finder.region.dong"));
		this.dong.setEmptySelectionAllowed(true);
		this.dong.setEmptySelectionCaption(none);
		this.dong.setHelperText(getTranslation("finder.check.dong.help"));
		new Regions(identity).bind(this.sido, this.sigungu, this.dong, locale, none);
		Div region = new Div(this.sido, this.sigungu, this.dong);
		region.addClassName("pickers");

		this.householdSize.setId("check-household");
		this.householdSize.setLabel(getTranslation("finder.check.household"));
		this.householdSize.setMin(1);
		this.householdSize.setMax(SelfCheckAnswers.MAX_HOUSEHOLD);
		this.householdSize.setStepButtonsVisible(true);
		this.householdSize.setValue(1);
		this.householdSize.setRequiredIndicatorVisible(true);
		this.householdSize.addValueChangeListener(e -> ageFields());
		this.ages.setId("check-ages");
		this.ages.addClassName("ages");
		ageFields();

		this.income.setId("check-income");
		this.income.setLabel(getTranslation("finder.check.income"));
		this.income.setItems(IncomeBand.values());
		this.income.setItemLabelGenerator(b -> getTranslation("finder.income." + b.name()));
		this.income.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.income.setHelperText(getTranslation("finder.check.income.help"));
		this.income.setRequiredIndicatorVisible(true);
		this.allEarned.setId("check-all-earned");
		this.allEarned.setLabel(getTranslation("finder.check.allEarned"));

		this.assets.setId("check-assets");
		this.assets.setLabel(getTranslation("finder.check.assets"));
		this.assets.setItems(AssetBand.values());
		this.assets.setItemLabelGenerator(b -> getTranslation("finder.asset." + b.name()));
		this.assets.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.assets.setHelperText(getTranslation("finder.check.assets.help"));
		this.assets.setRequiredIndicatorVisible(true);
		this.homeOwner.setId("check-home-owner");
		this.homeOwner.setLabel(getTranslation("finder.check.homeOwner"));

		this.vehicles.setId("check-vehicles");
		this.vehicles.setLabel(getTranslation("finder.check.vehicles"));
		this.vehicles.setItems(VehicleBand.values());
		this.vehicles.setItemLabelGenerator(b -> getTranslation("finder.vehicle." + b.name()));
		this.vehicles.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.vehicles.setValue(VehicleBand.NONE);

		this.qualifications.setId("check-qualifications");
		this.qualifications.setLabel(getTranslation("finder.check.qualifications"));
		this.qualifications.setItems(SelfCheckQualification.values());
		this.qualifications.setItemLabelGenerator(q -> getTranslation("finder.qual." + q.name()));
		this.qualifications.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);

		this.check.setId("check-submit");
		this.check.setText(getTranslation("finder.check.submit"));
		this.check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.check.addClickListener(e -> evaluate());

		Div form = new Div(region, this.householdSize, this.ages, this.income, this.allEarned, this.assets,
				this.homeOwner, this.vehicles, this.qualifications, this.check);
		form.addClassName("check-form");
		form.getElement().setAttribute("role", "form");
		form.getElement().setAttribute("aria-label", getTranslation("finder.check.title"));

		this.results.setId("check-results");
		this.results.addClassName("check-results");
		this.handOff.setId("handoff");
		this.handOff.addClassName("handoff");
		add(new H1(getTranslation("finder.check.title")), notice, form, this.status, this.results, this.handOff);
	}

	/** One age field per household member, keeping what was typed. */
	private void ageFields() {
		Integer size = this.householdSize.getValue();
		int n = size == null ? 1 : Math.max(1, Math.min(SelfCheckAnswers.MAX_HOUSEHOLD, size));
		while (this.ageFields.size() > n) {
			this.ages.remove(this.ageFields.remove(this.ageFields.size() - 1));
		}
		while (this.ageFields.size() < n) {
			int i = this.ageFields.size();
			IntegerField age = new IntegerField();
			age.setId("check-age-" + i);
			age.setLabel(i == 0 ? getTranslation("finder.check.age.self")
					: getTranslation("finder.check.age.member", i + 1));
			age.setMin(0);
			age.setMax(SelfCheckAnswers.MAX_AGE);
			age.setRequiredIndicatorVisible(true);
			age.setSuffixComponent(new Span(getTranslation("finder.check.age.unit")));
			this.ageFields.add(age);
			this.ages.add(age);
		}
	}

	SelfCheckAnswers answers() {
		if (this.sigungu.getValue() == null) {
			throw new UserFacingException("finder.error.region");
		}
		Integer size = this.householdSize.getValue();
		if (size == null) {
			throw new UserFacingException("finder.error.householdSize", SelfCheckAnswers.MAX_HOUSEHOLD);
		}
		List<Integer> memberAges = this.ageFields.stream().map(IntegerField::getValue).toList();
		return new SelfCheckAnswers(size, memberAges, this.sigungu.getValue().code(),
				this.dong.getValue() == null ? null : this.dong.getValue().code(), this.income.getValue(),
				this.allEarned.getValue(), this.assets.getValue(), this.homeOwner.getValue(), this.vehicles.getValue(),
				this.qualifications.getValue().isEmpty() ? EnumSet.noneOf(SelfCheckQualification.class)
						: EnumSet.copyOf(this.qualifications.getValue()));
	}

	void evaluate() {
		SelfCheckAnswers answers;
		try {
			answers = answers();
		}
		catch (UserFacingException ex) {
			this.status.setText(getTranslation(ex.messageKey(), ex.args()));
			return;
		}
		if (!PublicLimits.allow(this.limiter, RateLimiter.Action.SELF_CHECK, this.status)) {
			return;
		}
		this.status.setText("");
		this.lastAnswers = answers;
		show(this.selfCheck.check(answers), answers);
	}

	private void show(SelfCheckResult result, SelfCheckAnswers answers) {
		Locale locale = getLocale();
		this.results.removeAll();
		this.handOff.removeAll();
		H2 heading = new H2(getTranslation("finder.check.results"));
		heading.setId("check-results-title");
		heading.getElement().setAttribute("tabindex", "-1");
		this.results.getElement().setAttribute("aria-labelledby", "check-results-title");
		long likely = result.findings()
			.stream()
			.filter(f -> f.confidence() == SelfCheckResult.Confidence.LIKELY_ELIGIBLE)
			.count();
		Paragraph summary = new Paragraph(
				getTranslation("finder.check.summary", likely, result.findings().size() - likely));
		summary.setId("check-summary");
		Paragraph estimate = new Paragraph(getTranslation("finder.check.estimate"));
		estimate.addClassName("notice");
		String high = result.recognisedIncomeHigh() >= Bands.OPEN_END / 100 ? getTranslation("finder.check.open")
				: AnswersText.won(result.recognisedIncomeHigh());
		Paragraph income = new Paragraph(
				getTranslation("finder.check.recognised", AnswersText.won(result.recognisedIncomeLow()), high,
						AnswersText.won(result.medianIncome()), answers.householdSize()));
		income.setId("check-recognised");
		this.results.add(heading, summary, estimate, income);
		UnorderedList list = new UnorderedList();
		list.setId("check-findings");
		list.addClassName("finder-results");
		for (SelfCheckResult.Finding f : result.findings()) {
			list.add(finding(f, answers, locale));
		}
		this.results.add(list);
		if (!result.related().isEmpty()) {
			H3 relatedTitle = new H3(getTranslation("finder.check.related"));
			Paragraph relatedNote = new Paragraph(getTranslation("finder.check.related.note"));
			relatedNote.addClassName("small-note");
			UnorderedList related = new UnorderedList();
			related.setId("check-related");
			for (Program p : result.related()) {
				related.add(new ListItem(new Anchor(link(p, answers), p.name(locale))));
			}
			this.results.add(relatedTitle, relatedNote, related);
		}
		heading.getElement().executeJs("this.focus()");
	}

	private ListItem finding(SelfCheckResult.Finding f, SelfCheckAnswers answers, Locale locale) {
		Program p = f.program();
		H3 name = new H3(new Anchor(link(p, answers), p.name(locale)));
		boolean likely = f.confidence() == SelfCheckResult.Confidence.LIKELY_ELIGIBLE;
		Span badge = new Span(getTranslation("finder.confidence." + f.confidence().name()));
		badge.getElement().getThemeList().add(likely ? "badge success" : "badge contrast");
		badge.addClassName("confidence");
		Paragraph benefit = new Paragraph(p.benefit(locale));
		benefit.addClassName("result-benefit");
		String description = "en".equals(locale.getLanguage()) && f.ruleDescriptionEn() != null ? f.ruleDescriptionEn()
				: f.ruleDescriptionKo();
		Paragraph rule = new Paragraph(
				getTranslation("finder.check.rule", f.rule(), description == null ? "" : description));
		rule.addClassName("small-note");
		ListItem item = new ListItem(name, badge, benefit, rule);
		item.addClassName("result");
		item.getElement().setAttribute("data-program", p.code());
		if (!f.openFacts().isEmpty()) {
			String open = String.join(", ",
					f.openFacts().stream().map(o -> getTranslation("finder.fact." + o)).toList());
			Paragraph openFacts = new Paragraph(getTranslation("finder.check.openFacts", open));
			openFacts.addClassName("open-facts");
			item.add(openFacts);
		}
		if (p.applyAt().contains(ApplyChannel.COMMUNITY_CENTRE) || p.localSigungu() != null) {
			Button apply = new Button(getTranslation("finder.check.applyAtCentre"), e -> handOff(p));
			apply.addClassName("apply-at-centre");
			apply.getElement()
				.setAttribute("aria-label", getTranslation("finder.check.applyAtCentre") + ": " + p.name(locale));
			item.add(apply);
		}
		return item;
	}

	private static String link(Program p, SelfCheckAnswers answers) {
		return "finder/program/" + p.code() + "?region=" + answers.sigunguCode();
	}

	void handOff(Program program) {
		if (this.lastAnswers == null || !PublicLimits.allow(this.limiter, RateLimiter.Action.HAND_OFF, this.status)) {
			return;
		}
		HandOff made = this.handOffs.create(this.lastAnswers, program.code());
		Locale locale = getLocale();
		this.handOff.removeAll();
		H2 title = new H2(getTranslation("finder.handoff.title"));
		title.setId("handoff-title");
		title.getElement().setAttribute("tabindex", "-1");
		this.handOff.getElement().setAttribute("aria-labelledby", "handoff-title");
		Paragraph codeLine = new Paragraph(getTranslation("finder.handoff.codeLabel") + " ");
		Span code = new Span(made.code());
		code.setId("handoff-code");
		code.addClassName("handoff-code");
		codeLine.add(code);
		DateTimeFormatter date = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Seoul"));
		Paragraph expires = new Paragraph(getTranslation("finder.handoff.expires", date.format(made.expiresAt())));
		Paragraph chosen = new Paragraph(getTranslation("finder.handoff.program", program.name(locale)));
		chosen.setId("handoff-program");
		UnorderedList lines = new UnorderedList();
		lines.setId("handoff-answers");
		AnswersText.lines(made.answers(), this.identity, locale, this::translate)
			.forEach(l -> lines.add(new ListItem(l)));
		Paragraph bring = new Paragraph(getTranslation("finder.handoff.bring"));
		Paragraph privacy = new Paragraph(getTranslation("finder.handoff.privacy"));
		privacy.addClassName("small-note");
		Button print = new Button(getTranslation("finder.handoff.print"),
				e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
		print.setId("handoff-print");
		this.handOff.add(title, codeLine, chosen, expires, lines, bring, privacy, print);
		title.getElement().executeJs("this.focus()");
	}

	String translate(String key, Object[] args) {
		return args == null ? getTranslation(key) : getTranslation(key, args);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("finder.check.title") + " · BokjiFlow";
	}

}
