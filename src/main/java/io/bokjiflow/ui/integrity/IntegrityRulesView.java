package io.bokjiflow.ui.integrity;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.integrity.DuplicateBenefitRules;
import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;
import io.bokjiflow.integrity.DuplicateBenefitRules.Rule;
import io.bokjiflow.integrity.DuplicateBenefitRules.RuleSetVersion;
import io.bokjiflow.integrity.DuplicateBenefitSweep;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The duplicate-benefit rules (중복 수급 규칙): the current version's rules with their
 * programs, effect, household flag, reference and source or assumption, and the version
 * history. An administrator edits a working copy (edit, add, remove in a dialog) and
 * publishes it as a new version with a reason; everyone else reads.
 */
@Route(value = "integrity-rules", layout = MainLayout.class)
// Every staff role; the auditor sees the audit log only.
@RolesAllowed({ "CASEWORKER", "SUPERVISOR", "PROCESS_DESIGNER", "LOCAL_OFFICIAL", "ADMINISTRATOR" })
public class IntegrityRulesView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ClockConfiguration.ZONE);

	private final DuplicateBenefitRules rules;

	private final DuplicateBenefitSweep sweep;

	private final ProgramCatalog catalog;

	private final boolean admin;

	/** The rules as edited, not yet published. */
	private final List<Rule> working = new ArrayList<>();

	/** The version the working copy was loaded from (a stale publish is refused). */
	private int basedOn;

	final Grid<Rule> grid = new Grid<>();

	final Grid<RuleSetVersion> versions = new Grid<>();

	final Span current = new Span();

	final Span changed = new Span();

	final TextField reason = new TextField();

	final Button publish = new Button();

	final Button add = new Button();

	/** The open rule dialog, for tests. */
	RuleDialog dialog;

	public IntegrityRulesView(DuplicateBenefitRules rules, DuplicateBenefitSweep sweep, ProgramCatalog catalog,
			Identity identity) {
		this.rules = rules;
		this.sweep = sweep;
		this.catalog = catalog;
		this.admin = identity.currentUser().has(Role.ADMINISTRATOR);
		addClassName("integrity-rules-view");
		setSizeFull();

		this.current.setId("rules-current");
		this.changed.setId("rules-changed");
		this.changed.getElement().getThemeList().add("badge contrast");
		configureGrid();
		configureVersions();
		add(new H2(getTranslation("integrity.rules.title")), new Paragraph(getTranslation("integrity.rules.intro")),
				this.current);
		if (this.admin) {
			add(adminBar());
		}
		else {
			Paragraph readOnly = new Paragraph(getTranslation("integrity.rules.readOnly"));
			readOnly.setId("rules-read-only");
			readOnly.addClassName("hint");
			add(readOnly);
		}
		add(this.grid, new H3(getTranslation("integrity.rules.versions")), this.versions);
		reload();
	}

	private HorizontalLayout adminBar() {
		this.add.setText(getTranslation("integrity.rules.add"));
		this.add.setIcon(VaadinIcon.PLUS.create());
		this.add.setId("rules-add");
		this.add.addClickListener(e -> openDialog(null));
		this.reason.setLabel(getTranslation("integrity.rules.reason"));
		this.reason.setId("rules-publish-reason");
		this.reason.setMaxLength(500);
		this.reason.setWidth("28em");
		this.publish.setText(getTranslation("integrity.rules.publish"));
		this.publish.setId("rules-publish");
		this.publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.publish.addClickListener(e -> publish());
		Button reset = new Button(getTranslation("integrity.rules.reset"), e -> reload());
		reset.setId("rules-reset");
		reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		Button sweepNow = new Button(getTranslation("integrity.sweep.runNow"), VaadinIcon.SEARCH.create(),
				e -> sweepNow());
		sweepNow.setId("sweep-run-now");
		sweepNow.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		HorizontalLayout bar = new HorizontalLayout(this.add, this.reason, this.publish, reset, this.changed, sweepNow);
		bar.setAlignItems(FlexComponent.Alignment.BASELINE);
		bar.addClassName("rules-admin-bar");
		return bar;
	}

	private void configureGrid() {
		this.grid.setId("rules-grid");
		this.grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid.addColumn(Rule::number)
			.setHeader(getTranslation("integrity.rules.col.number"))
			.setKey("number")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(r -> programName(r.programA(), r.programANameKo()))
			.setHeader(getTranslation("integrity.rules.col.programA"))
			.setKey("programA");
		this.grid.addColumn(r -> programName(r.programB(), r.programBNameKo()))
			.setHeader(getTranslation("integrity.rules.col.programB"))
			.setKey("programB");
		this.grid.addColumn(r -> getTranslation("integrity.effect." + r.effect().name()))
			.setHeader(getTranslation("integrity.rules.col.effect"))
			.setKey("effect")
			.setAutoWidth(true);
		this.grid.addColumn(IntegrityRulesView::amountOrShare)
			.setHeader(getTranslation("integrity.rules.col.amount"))
			.setKey("amount")
			.setAutoWidth(true);
		this.grid.addColumn(
				r -> getTranslation(r.household() ? "integrity.rules.household.yes" : "integrity.rules.household.no"))
			.setHeader(getTranslation("integrity.rules.col.household"))
			.setKey("household")
			.setAutoWidth(true);
		this.grid.addColumn(Rule::reference)
			.setHeader(getTranslation("integrity.rules.col.reference"))
			.setKey("reference");
		this.grid
			.addColumn(r -> r.source() != null ? r.source()
					: getTranslation("integrity.rules.assumption") + ": " + r.assumption())
			.setHeader(getTranslation("integrity.rules.col.source"))
			.setKey("source");
		if (this.admin) {
			this.grid.addComponentColumn(this::actions)
				.setHeader(getTranslation("integrity.rules.col.actions"))
				.setKey("actions")
				.setAutoWidth(true)
				.setFlexGrow(0);
		}
		this.grid.setAllRowsVisible(false);
		this.grid.setHeight("28em");
	}

	private HorizontalLayout actions(Rule rule) {
		Button edit = new Button(VaadinIcon.EDIT.create(), e -> openDialog(rule));
		edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
		edit.setAriaLabel(getTranslation("integrity.rules.edit", rule.number()));
		edit.setId("rule-edit-" + rule.number());
		Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
			this.working.remove(rule);
			refreshWorking();
		});
		remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON,
				ButtonVariant.LUMO_ERROR);
		remove.setAriaLabel(getTranslation("integrity.rules.remove", rule.number()));
		remove.setId("rule-remove-" + rule.number());
		return new HorizontalLayout(edit, remove);
	}

	private void configureVersions() {
		this.versions.setId("rules-versions");
		this.versions.addThemeVariants(GridVariant.LUMO_COMPACT);
		this.versions.addColumn(RuleSetVersion::version)
			.setHeader(getTranslation("integrity.rules.col.version"))
			.setKey("version")
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.versions.addColumn(v -> WHEN.format(v.publishedAt()))
			.setHeader(getTranslation("integrity.rules.col.publishedAt"))
			.setKey("publishedAt")
			.setAutoWidth(true);
		this.versions.addColumn(RuleSetVersion::publishedBy)
			.setHeader(getTranslation("integrity.rules.col.publishedBy"))
			.setKey("publishedBy")
			.setAutoWidth(true);
		this.versions.addColumn(RuleSetVersion::reason)
			.setHeader(getTranslation("integrity.rules.col.reason"))
			.setKey("reason");
		this.versions.setAllRowsVisible(true);
	}

	/** Reloads the current version into the working copy (typed edits are dropped). */
	void reload() {
		RuleSetVersion version = this.rules.currentVersion();
		this.basedOn = version.version();
		this.current.setText(getTranslation("integrity.rules.current", version.version(),
				WHEN.format(version.publishedAt()), version.publishedBy(), version.reason()));
		this.working.clear();
		this.working.addAll(this.rules.rules());
		this.reason.clear();
		this.reason.setInvalid(false);
		List<RuleSetVersion> all = new ArrayList<>(this.rules.versions());
		all.sort(Comparator.comparingInt(RuleSetVersion::version).reversed());
		this.versions.setItems(all);
		refreshWorking();
	}

	private void refreshWorking() {
		this.working.sort(Comparator.comparingInt(Rule::number));
		this.grid.setItems(new ArrayList<>(this.working));
		boolean dirty = !this.working.equals(this.rules.rules());
		this.changed.setText(getTranslation("integrity.rules.unpublished"));
		this.changed.setVisible(dirty);
	}

	/** The rules as edited (for tests). */
	List<Rule> working() {
		return List.copyOf(this.working);
	}

	void publish() {
		try {
			RuleSetVersion published = this.rules.publish(List.copyOf(this.working), this.reason.getValue(),
					this.basedOn);
			Notification
				.show(getTranslation("integrity.rules.published", published.version()), 4000,
						Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			reload();
		}
		catch (UserFacingException ex) {
			// the working copy and the reason stay as typed
			this.reason.setInvalid(true);
			this.reason.setErrorMessage(getTranslation(ex.messageKey(), ex.args()));
		}
	}

	private void sweepNow() {
		try {
			DuplicateBenefitSweep.SweepResult result = this.sweep.runNow();
			Notification
				.show(getTranslation("integrity.sweep.done", result.pairsFound(), result.created(), result.resolved()),
						6000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void openDialog(Rule rule) {
		this.dialog = new RuleDialog(rule);
		this.dialog.open();
	}

	private String programName(String code, String nameKo) {
		if (nameKo != null) {
			return nameKo + " (" + code + ")";
		}
		return this.catalog.program(code).map(p -> p.name(getLocale())).orElse(code);
	}

	private static String amountOrShare(Rule r) {
		if (r.amountWon() != null) {
			return String.format("%,d원", r.amountWon());
		}
		return r.percent() == null ? "" : r.percent() + "%";
	}

	/**
	 * Adds or edits one rule of the working copy; invalid input keeps the dialog open.
	 */
	final class RuleDialog extends Dialog {

		private final Rule original;

		final IntegerField number = new IntegerField(getTranslation("integrity.rules.col.number"));

		final ComboBox<String> programA = programBox("integrity.rules.col.programA");

		final TextField programANameKo = new TextField(getTranslation("integrity.rules.field.nameKo"));

		final ComboBox<String> programB = programBox("integrity.rules.col.programB");

		final TextField programBNameKo = new TextField(getTranslation("integrity.rules.field.nameKo"));

		final ComboBox<Effect> effect = new ComboBox<>(getTranslation("integrity.rules.col.effect"));

		final IntegerField amount = new IntegerField(getTranslation("integrity.rules.field.amount"));

		final IntegerField percent = new IntegerField(getTranslation("integrity.rules.field.percent"));

		final Checkbox household = new Checkbox(getTranslation("integrity.rules.col.household"));

		final TextField reference = new TextField(getTranslation("integrity.rules.col.reference"));

		final TextField source = new TextField(getTranslation("integrity.rules.field.source"));

		final TextArea assumption = new TextArea(getTranslation("integrity.rules.assumption"));

		final Button ok = new Button(getTranslation("integrity.rules.dialog.ok"));

		RuleDialog(Rule rule) {
			this.original = rule;
			setId("rule-dialog");
			setHeaderTitle(rule == null ? getTranslation("integrity.rules.add")
					: getTranslation("integrity.rules.edit", rule.number()));
			this.number.setId("rule-number");
			this.programA.setId("rule-program-a");
			this.programANameKo.setId("rule-program-a-name");
			this.programB.setId("rule-program-b");
			this.programBNameKo.setId("rule-program-b-name");
			this.effect.setId("rule-effect");
			this.effect.setItems(Effect.values());
			this.effect.setItemLabelGenerator(e -> getTranslation("integrity.effect." + e.name()));
			this.amount.setId("rule-amount");
			this.percent.setId("rule-percent");
			this.household.setId("rule-household");
			this.reference.setId("rule-reference");
			this.source.setId("rule-source");
			this.assumption.setId("rule-assumption");
			this.effect.addValueChangeListener(e -> showAmountFields());
			if (rule != null) {
				this.number.setValue(rule.number());
				this.programA.setValue(rule.programA());
				this.programANameKo.setValue(rule.programANameKo() == null ? "" : rule.programANameKo());
				this.programB.setValue(rule.programB());
				this.programBNameKo.setValue(rule.programBNameKo() == null ? "" : rule.programBNameKo());
				this.effect.setValue(rule.effect());
				this.amount.setValue(rule.amountWon() == null ? null : rule.amountWon().intValue());
				this.percent.setValue(rule.percent());
				this.household.setValue(rule.household());
				this.reference.setValue(rule.reference());
				this.source.setValue(rule.source() == null ? "" : rule.source());
				this.assumption.setValue(rule.assumption() == null ? "" : rule.assumption());
			}
			else {
				this.number
					.setValue(IntegrityRulesView.this.working.stream().mapToInt(Rule::number).max().orElse(0) + 1);
				this.effect.setValue(Effect.WARN);
			}
			showAmountFields();
			FormLayout form = new FormLayout(this.number, this.effect, this.programA, this.programANameKo,
					this.programB, this.programBNameKo, this.amount, this.percent, this.household, this.reference,
					this.source, this.assumption);
			form.setColspan(this.reference, 2);
			form.setColspan(this.source, 2);
			form.setColspan(this.assumption, 2);
			add(form);
			this.ok.setId("rule-ok");
			this.ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			this.ok.addClickListener(e -> save());
			Button cancel = new Button(getTranslation("integrity.rules.dialog.cancel"), e -> close());
			cancel.setId("rule-cancel");
			getFooter().add(cancel, this.ok);
			setWidth("48em");
		}

		private ComboBox<String> programBox(String labelKey) {
			ComboBox<String> box = new ComboBox<>(getTranslation(labelKey));
			java.util.TreeSet<String> codes = new java.util.TreeSet<>();
			IntegrityRulesView.this.catalog.programs().forEach(p -> codes.add(p.code()));
			IntegrityRulesView.this.working.forEach(r -> {
				codes.add(r.programA());
				codes.add(r.programB());
			});
			box.setItems(codes);
			box.setItemLabelGenerator(code -> IntegrityRulesView.this.catalog.program(code)
				.map(p -> p.name(getLocale()) + " (" + code + ")")
				.orElse(code));
			// a program outside the catalogue is typed with its Korean name
			box.setAllowCustomValue(true);
			box.addCustomValueSetListener(e -> box.setValue(e.getDetail().strip().toUpperCase()));
			return box;
		}

		private void showAmountFields() {
			this.amount.setVisible(this.effect.getValue() == Effect.OFFSET_AMOUNT);
			this.percent.setVisible(this.effect.getValue() == Effect.OFFSET_SHARE);
		}

		/** Checks the input field by field; on success replaces or adds the rule. */
		void save() {
			clearErrors();
			boolean ok = true;
			Integer n = this.number.getValue();
			if (n == null || n < 1) {
				ok = invalid(this.number, "integrity.rules.error.number");
			}
			else if (IntegrityRulesView.this.working.stream()
				.anyMatch(r -> r.number() == n && (this.original == null || this.original.number() != n))) {
				ok = invalid(this.number, "integrity.rules.error.numberTaken");
			}
			ok &= program(this.programA, this.programANameKo);
			ok &= program(this.programB, this.programBNameKo);
			Effect e = this.effect.getValue();
			if (e == null) {
				ok = invalid(this.effect, "integrity.rules.error.effect");
			}
			if (e == Effect.OFFSET_AMOUNT && (this.amount.getValue() == null || this.amount.getValue() <= 0)) {
				ok = invalid(this.amount, "integrity.rules.error.amount");
			}
			if (e == Effect.OFFSET_SHARE && (this.percent.getValue() == null || this.percent.getValue() < 1
					|| this.percent.getValue() > 100)) {
				ok = invalid(this.percent, "integrity.rules.error.percent");
			}
			if (this.reference.getValue().isBlank()) {
				ok = invalid(this.reference, "integrity.rules.error.reference");
			}
			if (this.source.getValue().isBlank() == this.assumption.getValue().isBlank()) {
				ok = invalid(this.source, "integrity.rules.error.sourceOrAssumption");
				this.assumption.setInvalid(true);
			}
			if (!ok) {
				return;
			}
			Rule rule = new Rule(n, this.programA.getValue(), blankToNull(this.programANameKo.getValue()),
					this.programB.getValue(), blankToNull(this.programBNameKo.getValue()), e,
					e == Effect.OFFSET_AMOUNT ? this.amount.getValue().longValue() : null,
					e == Effect.OFFSET_SHARE ? this.percent.getValue() : null, this.household.getValue(),
					this.reference.getValue().strip(), blankToNull(this.source.getValue()),
					blankToNull(this.assumption.getValue()));
			if (this.original != null) {
				IntegrityRulesView.this.working.remove(this.original);
			}
			IntegrityRulesView.this.working.add(rule);
			refreshWorking();
			close();
		}

		/** A side of the pair: a catalogue code, or any code with its Korean name. */
		private boolean program(ComboBox<String> code, TextField nameKo) {
			String value = code.getValue();
			if (value == null || value.isBlank()) {
				return invalid(code, "integrity.rules.error.program");
			}
			boolean inCatalog = IntegrityRulesView.this.catalog.program(value).isPresent();
			if (!inCatalog && nameKo.getValue().isBlank()) {
				nameKo.setInvalid(true);
				nameKo.setErrorMessage(getTranslation("integrity.rules.error.nameKo"));
				return false;
			}
			if (inCatalog && !nameKo.getValue().isBlank()) {
				nameKo.setInvalid(true);
				nameKo.setErrorMessage(getTranslation("integrity.rules.error.nameKoCatalog"));
				return false;
			}
			return true;
		}

		private boolean invalid(com.vaadin.flow.component.HasValidation field, String key) {
			field.setInvalid(true);
			field.setErrorMessage(getTranslation(key));
			return false;
		}

		private void clearErrors() {
			for (com.vaadin.flow.component.HasValidation f : List.<com.vaadin.flow.component.HasValidation>of(
					this.number, this.programA, this.programANameKo, this.programB, this.programBNameKo, this.effect,
					this.amount, this.percent, this.reference, this.source, this.assumption)) {
				f.setInvalid(false);
			}
		}

		private static String blankToNull(String text) {
			return text == null || text.isBlank() ? null : text.strip();
		}

	}

	@Override
	public String getPageTitle() {
		return getTranslation("integrity.rules.title") + " · BokjiFlow";
	}

}
