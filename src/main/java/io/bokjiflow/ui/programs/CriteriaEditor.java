package io.bokjiflow.ui.programs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import io.bokjiflow.identity.OrgLevel;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.openmarket.Criteria;
import io.bokjiflow.openmarket.CriteriaValidation;
import io.bokjiflow.publicdata.QualificationKind;
import io.bokjiflow.shared.UserFacingException;

/**
 * Edits a local program's {@link Criteria}: sex, age range, residence period and places
 * (시·군·구 and 행정동), household size, cohabiting children, qualifications and recognised
 * income as a share of the standard median income, with a plain-language summary line and
 * messages for what cannot hold (a minimum above its maximum, negative values).
 */
public class CriteriaEditor extends VerticalLayout {

	/** The highest age the editor accepts (the service's limit). */
	static final int MAX_AGE = CriteriaValidation.MAX_AGE;

	private final Function<String, String> translate;

	private final BiFunction<String, Object[], String> format;

	private final Locale locale;

	private final Map<String, Organization> places = new LinkedHashMap<>();

	final RadioButtonGroup<String> sex = new RadioButtonGroup<>();

	final IntegerField minAge = new IntegerField();

	final IntegerField maxAge = new IntegerField();

	final IntegerField minResidenceMonths = new IntegerField();

	final MultiSelectComboBox<String> residence = new MultiSelectComboBox<>();

	final IntegerField minHouseholdSize = new IntegerField();

	final IntegerField maxHouseholdSize = new IntegerField();

	final IntegerField minChildren = new IntegerField();

	final CheckboxGroup<String> qualifications = new CheckboxGroup<>();

	final IntegerField maxIncomePercent = new IntegerField();

	private final Span summary = new Span();

	private final Div errors = new Div();

	private final List<Runnable> changeListeners = new ArrayList<>();

	/**
	 * An editor offering as places the given organisations (시·군·구 and 행정동), the user's
	 * own 시·군·구 first.
	 * @param organizations the 시·군·구 and 읍·면·동 to offer
	 * @param ownSigungu the user's 시·군·구 code, listed first
	 * @param locale the language
	 * @param format a message by key and arguments (the view's {@code getTranslation})
	 */
	public CriteriaEditor(List<Organization> organizations, String ownSigungu, Locale locale,
			BiFunction<String, Object[], String> format) {
		this.locale = locale;
		this.format = format;
		this.translate = key -> format.apply(key, new Object[0]);
		addClassName("criteria-editor");
		setId("criteria-editor");
		setPadding(false);
		organizations.stream()
			.filter(o -> o.level() == OrgLevel.SIGUNGU || o.level() == OrgLevel.EMD)
			.sorted(Comparator.comparing((Organization o) -> !ownSigungu(o, ownSigungu))
				.thenComparing(o -> o.level() == OrgLevel.EMD ? o.parentCode() : o.code())
				.thenComparing(o -> o.level() == OrgLevel.EMD)
				.thenComparing(Organization::nameKo))
			.forEach(o -> this.places.put(o.code(), o));

		this.sex.setLabel(t("criteria.sex"));
		this.sex.setItems("", "M", "F");
		this.sex.setItemLabelGenerator(v -> t("criteria.sex." + (v.isEmpty() ? "ANY" : v)));
		this.sex.setValue("");
		this.sex.setId("criteria-sex");
		integer(this.minAge, "criteria.minAge", "criteria-min-age", t("criteria.unit.age"));
		integer(this.maxAge, "criteria.maxAge", "criteria-max-age", t("criteria.unit.age"));
		integer(this.minResidenceMonths, "criteria.minResidenceMonths", "criteria-min-residence",
				t("criteria.unit.months"));
		this.minResidenceMonths.setHelperText(t("criteria.minResidenceMonthsHelp"));
		this.residence.setLabel(t("criteria.residence"));
		this.residence.setId("criteria-residence");
		this.residence.setItems(List.copyOf(this.places.keySet()));
		this.residence.setItemLabelGenerator(this::placeName);
		this.residence.setHelperText(t("criteria.residenceHelp"));
		this.residence.setClearButtonVisible(true);
		integer(this.minHouseholdSize, "criteria.minHouseholdSize", "criteria-min-household",
				t("criteria.unit.persons"));
		integer(this.maxHouseholdSize, "criteria.maxHouseholdSize", "criteria-max-household",
				t("criteria.unit.persons"));
		integer(this.minChildren, "criteria.minChildren", "criteria-min-children", t("criteria.unit.persons"));
		this.minChildren
			.setHelperText(format.apply("criteria.minChildrenHelp", new Object[] { Criteria.CHILD_AGE_LIMIT }));
		this.qualifications.setLabel(t("criteria.qualifications"));
		this.qualifications.setId("criteria-qualifications");
		this.qualifications.setItems(java.util.Arrays.stream(QualificationKind.values()).map(Enum::name).toList());
		this.qualifications.setItemLabelGenerator(k -> t("qualification." + k));
		this.qualifications.setHelperText(t("criteria.qualificationsHelp"));
		integer(this.maxIncomePercent, "criteria.maxIncomePercent", "criteria-max-income", "%");
		this.maxIncomePercent.setHelperText(t("criteria.maxIncomePercentHelp"));

		this.summary.setId("criteria-summary");
		this.summary.addClassName("criteria-summary");
		this.errors.setId("criteria-errors");
		this.errors.addClassName("criteria-errors");

		FormLayout form = new FormLayout(this.sex, this.minAge, this.maxAge, this.minResidenceMonths, this.residence,
				this.minHouseholdSize, this.maxHouseholdSize, this.minChildren, this.maxIncomePercent,
				this.qualifications);
		form.setColspan(this.residence, 2);
		form.setColspan(this.qualifications, 2);
		form.setColspan(this.sex, 2);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
				new FormLayout.ResponsiveStep("60em", 4));
		Div summaryBox = new Div(new Span(t("criteria.summary")), this.summary);
		summaryBox.addClassName("criteria-summary-box");
		add(summaryBox, form, this.errors);
		List<HasValue<?, ?>> all = List.of(this.sex, this.minAge, this.maxAge, this.minResidenceMonths, this.residence,
				this.minHouseholdSize, this.maxHouseholdSize, this.minChildren, this.qualifications,
				this.maxIncomePercent);
		all.forEach(f -> f.addValueChangeListener(e -> changed()));
		changed();
	}

	private static boolean ownSigungu(Organization o, String own) {
		return own != null && (own.equals(o.code()) || own.equals(o.parentCode()));
	}

	private String t(String key) {
		return this.translate.apply(key);
	}

	private void integer(IntegerField f, String labelKey, String id, String suffix) {
		f.setLabel(t(labelKey));
		f.setId(id);
		f.setMin(0);
		f.setStepButtonsVisible(false);
		f.setClearButtonVisible(true);
		Span unit = new Span(suffix);
		unit.addClassName("field-unit");
		f.setSuffixComponent(unit);
	}

	/** Runs an action whenever the criteria change. */
	public void addChangeListener(Runnable listener) {
		this.changeListeners.add(listener);
	}

	/** Makes the editor read-only (a published or pending version). */
	public void setReadOnly(boolean readOnly) {
		List.<HasValue<?, ?>>of(this.sex, this.minAge, this.maxAge, this.minResidenceMonths, this.residence,
				this.minHouseholdSize, this.maxHouseholdSize, this.minChildren, this.qualifications,
				this.maxIncomePercent)
			.forEach(f -> f.setReadOnly(readOnly));
	}

	/**
	 * Shows criteria.
	 * @param criteria the criteria, {@code null} for none
	 */
	public void setCriteria(Criteria criteria) {
		Criteria c = criteria == null ? Criteria.NONE : criteria;
		this.sex.setValue(c.sex() == null ? "" : c.sex());
		this.minAge.setValue(c.minAge());
		this.maxAge.setValue(c.maxAge());
		this.minResidenceMonths.setValue(c.minResidenceMonths());
		// Codes the directory does not know (e.g. from another region's data) stay
		// selectable.
		List<String> items = new ArrayList<>(this.places.keySet());
		c.residenceCodes().stream().filter(code -> !this.places.containsKey(code)).forEach(items::add);
		this.residence.setItems(items);
		this.residence.setValue(new LinkedHashSet<>(c.residenceCodes()));
		this.minHouseholdSize.setValue(c.minHouseholdSize());
		this.maxHouseholdSize.setValue(c.maxHouseholdSize());
		this.minChildren.setValue(c.minChildren());
		this.qualifications.setValue(new LinkedHashSet<>(c.qualificationsAnyOf()));
		this.maxIncomePercent.setValue(c.maxIncomePercentOfMedian());
		changed();
	}

	/**
	 * The criteria as entered (whether valid or not, see {@link #validate()}).
	 * @return the criteria
	 */
	public Criteria getCriteria() {
		List<String> codes = this.residence.getValue()
			.stream()
			.sorted(Comparator.comparingInt(c -> new ArrayList<>(this.places.keySet()).indexOf(c)))
			.toList();
		Set<String> quals = new LinkedHashSet<>(this.qualifications.getValue());
		return new Criteria(this.sex.getValue() == null || this.sex.getValue().isEmpty() ? null : this.sex.getValue(),
				this.minAge.getValue(), this.maxAge.getValue(), this.minResidenceMonths.getValue(), codes,
				this.minHouseholdSize.getValue(), this.maxHouseholdSize.getValue(), this.minChildren.getValue(), quals,
				this.maxIncomePercent.getValue());
	}

	/**
	 * Checks the criteria entered and marks the fields that cannot hold.
	 * @return localised messages, empty when valid
	 */
	public List<String> validate() {
		Map<IntegerField, String> invalid = new LinkedHashMap<>();
		for (IntegerField f : List.of(this.minAge, this.maxAge, this.minResidenceMonths, this.minHouseholdSize,
				this.maxHouseholdSize, this.minChildren, this.maxIncomePercent)) {
			if (f.getValue() != null && f.getValue() < 0) {
				invalid.put(f, "criteria.error.negative");
			}
		}
		range(invalid, this.minAge, this.maxAge, "criteria.error.ageRange");
		if (this.minAge.getValue() != null && this.minAge.getValue() > MAX_AGE) {
			invalid.putIfAbsent(this.minAge, "criteria.error.age");
		}
		if (this.maxAge.getValue() != null && this.maxAge.getValue() > MAX_AGE) {
			invalid.putIfAbsent(this.maxAge, "criteria.error.age");
		}
		range(invalid, this.minHouseholdSize, this.maxHouseholdSize, "criteria.error.householdRange");
		if (this.minHouseholdSize.getValue() != null && this.minHouseholdSize.getValue() == 0) {
			invalid.putIfAbsent(this.minHouseholdSize, "criteria.error.household");
		}
		if (this.maxHouseholdSize.getValue() != null && this.maxHouseholdSize.getValue() == 0) {
			invalid.putIfAbsent(this.maxHouseholdSize, "criteria.error.household");
		}
		Integer percent = this.maxIncomePercent.getValue();
		if (percent != null && (percent < CriteriaValidation.MIN_INCOME_PERCENT
				|| percent > CriteriaValidation.MAX_INCOME_PERCENT)) {
			invalid.putIfAbsent(this.maxIncomePercent, "criteria.error.income");
		}
		List<IntegerField> fields = List.of(this.minAge, this.maxAge, this.minResidenceMonths, this.minHouseholdSize,
				this.maxHouseholdSize, this.minChildren, this.maxIncomePercent);
		for (IntegerField f : fields) {
			String key = invalid.get(f);
			f.setInvalid(key != null);
			f.setErrorMessage(key == null ? null : t(key));
		}
		List<String> messages = new ArrayList<>();
		invalid.forEach((f, key) -> {
			String message = f.getLabel() + ": " + t(key);
			if (!messages.contains(message)) {
				messages.add(message);
			}
		});
		if (messages.isEmpty()) {
			// The service's own check is the last word (the same rules, plus codes and
			// kinds the fields cannot produce).
			try {
				CriteriaValidation.validate(getCriteria());
			}
			catch (UserFacingException ex) {
				messages.add(this.format.apply(ex.messageKey(), ex.args()));
			}
		}
		this.errors.removeAll();
		messages.forEach(m -> this.errors.add(new Div(m)));
		return messages;
	}

	private static void range(Map<IntegerField, String> invalid, IntegerField min, IntegerField max, String key) {
		if (min.getValue() != null && max.getValue() != null && min.getValue() > max.getValue()) {
			invalid.putIfAbsent(min, key);
			invalid.putIfAbsent(max, key);
		}
	}

	/** The summary line shown for the current values. */
	public String summaryText() {
		return this.summary.getText();
	}

	private void changed() {
		this.summary.setText(summary(getCriteria(), this.format, this::placeName));
		validate();
		this.changeListeners.forEach(Runnable::run);
	}

	private String placeName(String code) {
		Organization o = this.places.get(code);
		if (o == null) {
			return code;
		}
		if (o.level() == OrgLevel.EMD) {
			Organization parent = this.places.get(o.parentCode());
			return (parent == null ? "" : parent.name(this.locale) + " ") + o.name(this.locale);
		}
		return o.name(this.locale);
	}

	/**
	 * Criteria in one plain-language line, e.g. "65세 이상 · 강남구 거주 1년 이상 · 기준 중위소득 50% 이하".
	 * @param c the criteria
	 * @param format a message by key and arguments
	 * @param placeName the name of a place by code
	 * @return the line
	 */
	public static String summary(Criteria c, BiFunction<String, Object[], String> format,
			Function<String, String> placeName) {
		List<String> parts = new ArrayList<>();
		if (c.sex() != null) {
			parts.add(format.apply("criteria.summary.sex." + c.sex(), new Object[0]));
		}
		if (c.minAge() != null && c.maxAge() != null) {
			parts.add(format.apply("criteria.summary.ageBetween", new Object[] { c.minAge(), c.maxAge() }));
		}
		else if (c.minAge() != null) {
			parts.add(format.apply("criteria.summary.ageMin", new Object[] { c.minAge() }));
		}
		else if (c.maxAge() != null) {
			parts.add(format.apply("criteria.summary.ageMax", new Object[] { c.maxAge() }));
		}
		String places = String.join(", ", c.residenceCodes().stream().map(placeName).toList());
		Integer months = c.minResidenceMonths() != null && c.minResidenceMonths() > 0 ? c.minResidenceMonths() : null;
		if (!places.isEmpty() && months != null) {
			parts.add(format.apply("criteria.summary.livingFor", new Object[] { places, period(months, format) }));
		}
		else if (!places.isEmpty()) {
			parts.add(format.apply("criteria.summary.living", new Object[] { places }));
		}
		else if (months != null) {
			parts.add(format.apply("criteria.summary.residentFor", new Object[] { period(months, format) }));
		}
		Integer minH = c.minHouseholdSize();
		Integer maxH = c.maxHouseholdSize();
		if (minH != null && minH.equals(maxH)) {
			parts.add(format.apply("criteria.summary.householdExactly", new Object[] { minH }));
		}
		else if (minH != null && maxH != null) {
			parts.add(format.apply("criteria.summary.householdBetween", new Object[] { minH, maxH }));
		}
		else if (minH != null) {
			parts.add(format.apply("criteria.summary.householdMin", new Object[] { minH }));
		}
		else if (maxH != null) {
			parts.add(format.apply("criteria.summary.householdMax", new Object[] { maxH }));
		}
		if (c.minChildren() != null && c.minChildren() > 0) {
			parts.add(format.apply("criteria.summary.children", new Object[] { c.minChildren() }));
		}
		if (!c.qualificationsAnyOf().isEmpty()) {
			String or = format.apply("criteria.summary.or", new Object[0]);
			List<String> names = java.util.Arrays.stream(QualificationKind.values())
				.map(Enum::name)
				.filter(c.qualificationsAnyOf()::contains)
				.map(k -> format.apply("qualification." + k, new Object[0]))
				.toList();
			// Kinds the enum does not know are shown by their code.
			List<String> unknown = c.qualificationsAnyOf()
				.stream()
				.filter(k -> java.util.Arrays.stream(QualificationKind.values()).noneMatch(q -> q.name().equals(k)))
				.sorted()
				.toList();
			List<String> all = new ArrayList<>(names);
			all.addAll(unknown);
			parts.add(String.join(" " + or + " ", all));
		}
		if (c.maxIncomePercentOfMedian() != null) {
			parts.add(format.apply("criteria.summary.income", new Object[] { c.maxIncomePercentOfMedian() }));
		}
		return parts.isEmpty() ? format.apply("criteria.summary.none", new Object[0]) : String.join(" · ", parts);
	}

	private static String period(int months, BiFunction<String, Object[], String> format) {
		return months % 12 == 0 ? format.apply("criteria.summary.years", new Object[] { months / 12 })
				: format.apply("criteria.summary.months", new Object[] { months });
	}

}
