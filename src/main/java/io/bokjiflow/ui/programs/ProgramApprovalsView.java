package io.bokjiflow.ui.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.openmarket.LocalPrograms;
import io.bokjiflow.openmarket.ProgramVersion;
import io.bokjiflow.shared.UserFacingException;
import io.bokjiflow.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * A supervisor's approvals of local program versions (지역 사업 승인): the pending versions of
 * their 시·군·구, each with what it changes against the version in force and the preview
 * counts; approve, or reject with a reason. The submitter cannot approve their own
 * version: the service refuses, and the button is not offered.
 */
@Route(value = "program-approvals", layout = MainLayout.class)
@RolesAllowed("SUPERVISOR")
public class ProgramApprovalsView extends VerticalLayout implements HasDynamicTitle {

	private final LocalPrograms programs;

	private final Identity identity;

	private final CurrentUser user;

	private final Clock clock;

	private final Locale locale;

	private final Div list = new Div();

	public ProgramApprovalsView(LocalPrograms programs, Identity identity, Clock clock) {
		this.programs = programs;
		this.identity = identity;
		this.user = identity.currentUser();
		this.clock = clock;
		this.locale = getLocale();
		addClassName("program-approvals");
		Paragraph intro = new Paragraph(getTranslation("approvals.intro"));
		intro.addClassName("hint");
		this.list.setId("approvals-list");
		this.list.setWidthFull();
		add(new RouterLink(getTranslation("program.back"), ProgramsView.class),
				new H2(getTranslation("approvals.title")), intro, this.list);
		refresh();
	}

	/** The pending versions of the supervisor's 시·군·구. */
	List<ProgramVersion> pending() {
		return this.programs.programs(this.user.sigunguCode())
			.stream()
			.filter(v -> v.status() == ProgramVersion.Status.PENDING_APPROVAL)
			.toList();
	}

	void refresh() {
		this.list.removeAll();
		List<ProgramVersion> pending = pending();
		if (pending.isEmpty()) {
			Paragraph none = new Paragraph(getTranslation("approvals.none"));
			none.setId("approvals-none");
			none.addClassName("hint");
			this.list.add(none);
		}
		pending.forEach(v -> this.list.add(card(v)));
	}

	private Div card(ProgramVersion v) {
		Div card = new Div();
		card.addClassName("approval-card");
		card.setId("approval-" + v.programCode());
		LocalDate today = LocalDate.now(this.clock);
		H3 name = new H3(ProgramLabels.name(v.content(), this.locale) + " · v" + v.version());
		Span type = new Span(ProgramLabels.taskType(v.content().taskType(), this.locale));
		type.addClassName("hint");
		Span meta = new Span(getTranslation("approvals.meta", v.submittedBy() == null ? "" : v.submittedBy(),
				v.effectiveFrom() == null ? "–" : v.effectiveFrom().toString()));
		meta.addClassName("approval-meta");
		card.add(name, type, meta);

		// Compared with the latest published version: the one this version takes over
		// from.
		Optional<ProgramVersion> inForce = this.programs.versions(v.programCode())
			.stream()
			.filter(e -> e.status() == ProgramVersion.Status.PUBLISHED && !e.id().equals(v.id()))
			.findFirst();
		UnorderedList diff = new UnorderedList();
		diff.addClassName("approval-diff");
		ProgramDiff
			.lines(inForce.map(ProgramVersion::content).orElse(null), v.content(), this::getTranslation,
					code -> this.identity.organization(code).map(o -> o.name(this.locale)).orElse(code), this.locale)
			.forEach(l -> diff.add(new ListItem(l)));
		card.add(new Span(inForce.map(e -> getTranslation("approvals.against", e.version()))
			.orElse(getTranslation("approvals.againstNone"))), diff);
		try {
			card.add(ProgramEditorView.previewCards(this.programs.preview(v.id(), today), this::getTranslation));
		}
		catch (UserFacingException ex) {
			card.add(new Paragraph(getTranslation(ex.messageKey(), ex.args())));
		}

		HorizontalLayout actions = new HorizontalLayout();
		actions.setAlignItems(FlexComponent.Alignment.BASELINE);
		actions.addClassName("approval-actions");
		Button open = new Button(getTranslation("programs.open"), e -> getUI()
			.ifPresent(ui -> ui.navigate(ProgramEditorView.class, ProgramEditorView.parameters(v.programCode()))));
		open.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		boolean own = this.user.username().equals(v.submittedBy());
		if (own) {
			Span why = new Span(getTranslation("approvals.ownSubmission"));
			why.addClassName("approval-own");
			why.setId("approval-own-" + v.programCode());
			actions.add(why, open);
		}
		else {
			Button approve = new Button(getTranslation("approvals.approve"), VaadinIcon.CHECK.create(),
					e -> approve(v));
			approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
			approve.setId("approve-" + v.programCode());
			approve.addClassName("approval-approve");
			Button reject = new Button(getTranslation("approvals.reject"), VaadinIcon.CLOSE.create(),
					e -> openReject(v));
			reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
			reject.setId("reject-" + v.programCode());
			reject.addClassName("approval-reject");
			actions.add(approve, reject, open);
		}
		card.add(actions);
		return card;
	}

	void approve(ProgramVersion v) {
		try {
			this.programs.approve(v.id());
			notify(getTranslation("approvals.approved"), true);
			refresh();
		}
		catch (UserFacingException ex) {
			notify(getTranslation(ex.messageKey(), ex.args()), false);
		}
	}

	void openReject(ProgramVersion v) {
		Dialog dialog = new Dialog();
		dialog.setId("reject-dialog");
		dialog.setHeaderTitle(getTranslation("approvals.reject"));
		TextArea reason = new TextArea(getTranslation("approvals.reason"));
		reason.setId("reject-reason");
		reason.setRequired(true);
		reason.setMaxLength(500);
		reason.setWidth("min(480px, 80vw)");
		dialog.add(reason);
		Button cancel = new Button(getTranslation("programs.cancel"), e -> dialog.close());
		Button confirm = new Button(getTranslation("approvals.reject"), e -> {
			if (reason.getValue().isBlank()) {
				reason.setInvalid(true);
				reason.setErrorMessage(getTranslation("approvals.reasonRequired"));
				return;
			}
			try {
				this.programs.reject(v.id(), reason.getValue().strip());
				dialog.close();
				notify(getTranslation("approvals.rejected"), true);
				refresh();
			}
			catch (UserFacingException ex) {
				notify(getTranslation(ex.messageKey(), ex.args()), false);
			}
		});
		confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
		confirm.setId("reject-confirm");
		dialog.getFooter().add(cancel, confirm);
		add(dialog);
		dialog.open();
	}

	private void notify(String message, boolean success) {
		Notification n = Notification.show(message, success ? 3000 : 6000,
				success ? Notification.Position.BOTTOM_START : Notification.Position.TOP_CENTER);
		n.addThemeVariants(success ? NotificationVariant.LUMO_SUCCESS : NotificationVariant.LUMO_ERROR);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("approvals.title") + " · BokjiFlow";
	}

}
