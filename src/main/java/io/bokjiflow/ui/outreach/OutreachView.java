package io.bokjiflow.ui.outreach;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;
import io.bokjiflow.outreach.OutreachCandidate;
import io.bokjiflow.outreach.OutreachStatus;
import io.bokjiflow.outreach.OutreachWorklist;
import io.bokjiflow.outreach.WorklistRun;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.persons.PersonView;
import jakarta.annotation.security.RolesAllowed;

/**
 * The community centre's missing-service worklist (누락 서비스 발굴 대상자): a 행정동 of the user's
 * 시·군·구, a run of the finder over its residents with progress, the candidates with the
 * rule and evidence, a status filter, and the outreach of each candidate (start, record
 * the contact).
 */
@Route(value = "outreach", layout = MainLayout.class)
@RolesAllowed({ "CASEWORKER", "SUPERVISOR" })
public class OutreachView extends VerticalLayout implements HasDynamicTitle {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneId.of("Asia/Seoul"));

	private final OutreachWorklist worklist;

	final ComboBox<Organization> dong = new ComboBox<>();

	final Button run = new Button();

	final ProgressBar progress = new ProgressBar();

	final Span runStatus = new Span();

	final MultiSelectComboBox<OutreachStatus> statuses = new MultiSelectComboBox<>();

	final Grid<OutreachCandidate> grid = new Grid<>();

	private WorklistRun current;

	private com.vaadin.flow.shared.Registration pollRegistration;

	public OutreachView(OutreachWorklist worklist, Identity identity) {
		this.worklist = worklist;
		addClassName("outreach-view");
		setSizeFull();
		CurrentUser user = identity.currentUser();
		add(new H2(getTranslation("outreach.title")));
		Paragraph hint = new Paragraph(getTranslation("outreach.hint"));
		hint.addClassName("hint");
		add(hint);

		List<Organization> dongs = user.sigunguCode() == null ? List.of()
				: identity.communityCentres(user.sigunguCode());
		this.dong.setId("outreach-dong");
		this.dong.setLabel(getTranslation("outreach.dong"));
		this.dong.setItems(dongs);
		this.dong.setItemLabelGenerator(o -> o.name(getLocale()) + " (" + o.code() + ")");
		this.dong.setWidth("22rem");
		this.dong.addValueChangeListener(e -> {
			this.current = e.getValue() == null ? null : this.worklist.latestRun(e.getValue().code()).orElse(null);
			showRun();
			refresh();
		});

		this.run.setText(getTranslation("outreach.run"));
		this.run.setId("outreach-run");
		this.run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.run.addClickListener(e -> startRun());

		this.statuses.setId("outreach-status-filter");
		this.statuses.setLabel(getTranslation("outreach.statusFilter"));
		this.statuses.setItems(OutreachStatus.values());
		this.statuses.setItemLabelGenerator(s -> getTranslation("outreach.status." + s));
		this.statuses.setValue(EnumSet.of(OutreachStatus.NEW, OutreachStatus.OUTREACH_STARTED));
		this.statuses.addValueChangeListener(e -> refresh());

		this.progress.setId("outreach-progress");
		this.progress.setWidth("14rem");
		this.progress.setVisible(false);
		this.runStatus.setId("outreach-run-status");

		HorizontalLayout bar = new HorizontalLayout(this.dong, this.run, this.statuses, this.progress, this.runStatus);
		bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
		bar.setWrap(true);
		add(bar);

		this.grid.setId("outreach-candidates");
		this.grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES,
				GridVariant.LUMO_WRAP_CELL_CONTENT);
		this.grid
			.addComponentColumn(c -> new RouterLink(c.personMasked(), PersonView.class,
					new RouteParameters(PersonView.PERSON_ID, c.personId().toString())))
			.setHeader(getTranslation("outreach.col.person"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(c -> c.finding().name(getLocale()))
			.setHeader(getTranslation("outreach.col.program"))
			.setFlexGrow(2);
		this.grid.addColumn(c -> c.finding().rule() + " · " + c.finding().ruleSource())
			.setHeader(getTranslation("outreach.col.rule"))
			.setFlexGrow(2);
		this.grid.addColumn(c -> c.finding().explanation(getLocale()))
			.setHeader(getTranslation("outreach.col.evidence"))
			.setFlexGrow(5);
		this.grid
			.addColumn(c -> getTranslation("outreach.status." + c.status())
					+ (c.applicationNo() == null ? "" : " · " + c.applicationNo()))
			.setHeader(getTranslation("outreach.col.status"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addColumn(c -> WHEN.format(c.foundAt()))
			.setHeader(getTranslation("outreach.col.found"))
			.setAutoWidth(true)
			.setFlexGrow(0);
		this.grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
		this.grid.setSizeFull();
		add(this.grid);

		if (dongs.isEmpty()) {
			this.run.setEnabled(false);
		}
		else {
			this.dong.setValue(dongs.stream()
				.filter(o -> o.code().equals(user.organization().code()))
				.findFirst()
				.orElse(dongs.get(0)));
		}
	}

	private HorizontalLayout actions(OutreachCandidate c) {
		HorizontalLayout actions = new HorizontalLayout();
		if (c.status() == OutreachStatus.OUTREACH_STARTED) {
			if (this.worklist.awaitingContact(c.id())) {
				Button contact = new Button(getTranslation("outreach.recordContact"), e -> contactDialog(c));
				contact.setId("outreach-contact-" + c.id());
				contact.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
				actions.add(contact);
			}
			else {
				actions.add(new Span(getTranslation("outreach.waitingForApplication")));
			}
		}
		else if (c.status() != OutreachStatus.APPLIED) {
			Button start = new Button(getTranslation("outreach.start"),
					e -> act(() -> this.worklist.startOutreach(c.id()), "outreach.started"));
			start.setId("outreach-start-" + c.id());
			start.addThemeVariants(ButtonVariant.LUMO_SMALL);
			actions.add(start);
		}
		return actions;
	}

	void contactDialog(OutreachCandidate c) {
		Dialog dialog = new Dialog();
		dialog.setId("outreach-contact-dialog");
		dialog.setHeaderTitle(getTranslation("outreach.recordContact") + " · " + c.personMasked() + " · "
				+ c.finding().name(getLocale()));
		Paragraph why = new Paragraph(c.finding().rule() + ": " + c.finding().explanation(getLocale()));
		why.addClassName("hint");
		Checkbox reached = new Checkbox(getTranslation("outreach.reached"));
		reached.setId("outreach-reached");
		RadioButtonGroup<Boolean> willApply = new RadioButtonGroup<>(getTranslation("outreach.outcome"));
		willApply.setId("outreach-outcome");
		willApply.setItems(true, false);
		willApply
			.setItemLabelGenerator(b -> getTranslation(b ? "outreach.outcome.willApply" : "outreach.outcome.declined"));
		willApply.setValue(true);
		willApply.setVisible(false);
		reached.addValueChangeListener(e -> willApply.setVisible(e.getValue()));
		TextArea note = new TextArea(getTranslation("outreach.note"));
		note.setId("outreach-note");
		note.setMaxLength(1000);
		note.setWidthFull();
		Button save = new Button(getTranslation("outreach.save"), e -> {
			act(() -> this.worklist.recordContact(c.id(), reached.getValue(), Boolean.TRUE.equals(willApply.getValue()),
					note.getValue()), "outreach.contactRecorded");
			dialog.close();
		});
		save.setId("outreach-contact-save");
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("outreach.cancel"), e -> dialog.close());
		dialog.add(new VerticalLayout(why, reached, willApply, note));
		dialog.getFooter().add(cancel, save);
		dialog.open();
	}

	void startRun() {
		if (this.dong.getValue() == null) {
			return;
		}
		try {
			this.current = this.worklist.startRun(this.dong.getValue().code());
			showRun();
			getUI().ifPresent(ui -> ui.setPollInterval(1000));
		}
		catch (UserFacingException ex) {
			error(getTranslation(ex.messageKey(), ex.args()));
		}
	}

	/** Shows the progress of the current run; once it ended, reloads the list. */
	void poll() {
		if (this.current == null) {
			return;
		}
		this.current = this.worklist.run(this.current.id()).orElse(null);
		showRun();
		if (this.current == null || this.current.finished()) {
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
			refresh();
		}
	}

	private void showRun() {
		WorklistRun r = this.current;
		boolean running = r != null && !r.finished();
		this.progress.setVisible(running);
		this.run.setEnabled(!running && this.dong.getValue() != null);
		if (r == null) {
			this.runStatus.setText(getTranslation("outreach.neverRun"));
			return;
		}
		if (running) {
			this.progress.setValue(r.residents() == 0 ? 0 : (double) r.evaluated() / r.residents());
			this.runStatus.setText(getTranslation("outreach.running", r.evaluated(), r.residents()));
		}
		else {
			this.runStatus.setText(getTranslation("outreach.lastRun." + r.status(),
					WHEN.format(r.finishedAt() == null ? r.startedAt() : r.finishedAt()), r.residents(), r.found()));
		}
	}

	void refresh() {
		if (this.dong.getValue() == null) {
			this.grid.setItems(List.of());
			return;
		}
		try {
			Set<OutreachStatus> wanted = this.statuses.getValue();
			this.grid.setItems(this.worklist.candidates(this.dong.getValue().code(), wanted));
		}
		catch (UserFacingException ex) {
			error(getTranslation(ex.messageKey(), ex.args()));
		}
	}

	private void act(Runnable action, String doneKey) {
		try {
			action.run();
			Notification.show(getTranslation(doneKey), 4000, Notification.Position.BOTTOM_START)
				.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		}
		catch (UserFacingException ex) {
			error(getTranslation(ex.messageKey(), ex.args()));
		}
		refresh();
	}

	private void error(String message) {
		Notification.show(message, 6000, Notification.Position.TOP_CENTER)
			.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		super.onAttach(event);
		this.pollRegistration = event.getUI().addPollListener(e -> poll());
	}

	@Override
	protected void onDetach(DetachEvent event) {
		event.getUI().setPollInterval(-1);
		if (this.pollRegistration != null) {
			this.pollRegistration.remove();
		}
		super.onDetach(event);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("outreach.title") + " · BokjiFlow";
	}

}
