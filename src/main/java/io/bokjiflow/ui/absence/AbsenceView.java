package io.bokjiflow.ui.absence;

import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.identity.Absence;
import io.bokjiflow.identity.Absences;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.shared.ClockConfiguration;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Absence cover: a caseworker enters when they are away and who covers; meanwhile their
 * tasks appear in the cover's (and the supervisors') "대리 업무" tab.
 */
@Route(value = "absence", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class AbsenceView extends VerticalLayout implements HasDynamicTitle {

	private final Absences absences;

	final DatePicker from = new DatePicker();

	final DatePicker to = new DatePicker();

	final ComboBox<CurrentUser> cover = new ComboBox<>();

	final TextField note = new TextField();

	final Grid<Absence> grid = new Grid<>();

	public AbsenceView(Absences absences, Identity identity) {
		this.absences = absences;
		CurrentUser me = identity.currentUser();
		addClassName("absence-view");
		LocalDate today = LocalDate.now(ClockConfiguration.ZONE);

		this.from.setLabel(getTranslation("absence.from"));
		this.from.setId("absence-from");
		this.from.setRequired(true);
		this.from.setMin(today);
		this.from.setValue(today);
		this.to.setLabel(getTranslation("absence.to"));
		this.to.setId("absence-to");
		this.to.setRequired(true);
		this.to.setMin(today);
		this.from.addValueChangeListener(e -> {
			if (e.getValue() != null) {
				this.to.setMin(e.getValue());
			}
		});
		this.cover.setLabel(getTranslation("absence.cover"));
		this.cover.setId("absence-cover");
		this.cover.setHelperText(getTranslation("absence.coverHelp"));
		this.cover.setItems(absences.colleagues(me.username()));
		this.cover.setItemLabelGenerator(u -> u.displayName() + " · " + u.organization().name(getLocale()));
		this.cover.setClearButtonVisible(true);
		this.note.setLabel(getTranslation("absence.note"));
		this.note.setId("absence-note");
		this.note.setMaxLength(200);
		Button save = new Button(getTranslation("absence.save"), e -> save());
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.setId("absence-save");
		FormLayout form = new FormLayout(this.from, this.to, this.cover, this.note);
		form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));

		this.grid.setId("absence-grid");
		this.grid.addColumn(Absence::startsOn).setHeader(getTranslation("absence.from")).setAutoWidth(true);
		this.grid.addColumn(Absence::endsOn).setHeader(getTranslation("absence.to")).setAutoWidth(true);
		this.grid
			.addColumn(a -> a.cover() == null ? getTranslation("absence.bySupervisors")
					: identity.user(a.cover()).map(CurrentUser::displayName).orElse(a.cover()))
			.setHeader(getTranslation("absence.cover"))
			.setAutoWidth(true);
		this.grid.addColumn(a -> a.note() == null ? "" : a.note()).setHeader(getTranslation("absence.note"));
		this.grid.addComponentColumn(a -> {
			Button cancel = new Button(getTranslation("absence.cancel"), e -> {
				this.absences.cancel(a.id());
				refresh();
			});
			cancel.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
			cancel.addClassName("absence-cancel");
			return cancel;
		}).setHeader(getTranslation("tasks.col.actions")).setKey("actions").setAutoWidth(true);
		this.grid.setAllRowsVisible(true);
		this.grid.setEmptyStateText(getTranslation("absence.none"));

		add(new H2(getTranslation("absence.title")), new Paragraph(getTranslation("absence.intro")), form, save,
				new H3(getTranslation("absence.mine")), this.grid);
		refresh();
	}

	void save() {
		try {
			this.absences.markAbsent(this.from.getValue(), this.to.getValue(),
					this.cover.getValue() == null ? null : this.cover.getValue().username(), this.note.getValue());
			Notification.show(getTranslation("absence.saved"), 3000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
			this.to.clear();
			this.note.clear();
			refresh();
		}
		catch (UserFacingException ex) {
			Notification.show(getTranslation(ex.messageKey(), ex.args()), 6000, Notification.Position.TOP_CENTER)
				.addThemeVariants(NotificationVariant.LUMO_ERROR);
		}
	}

	private void refresh() {
		this.grid.setItems(this.absences.mine());
	}

	@Override
	public String getPageTitle() {
		return getTranslation("absence.title") + " · BokjiFlow";
	}

}
