package io.bokjiflow.ui.home;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.bokjiflow.casework.CaseTasks;
import io.bokjiflow.casework.TaskFilter;
import io.bokjiflow.casework.TaskScope;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.ui.MainLayout;
import io.bokjiflow.ui.applications.NewApplicationView;
import io.bokjiflow.ui.tasklist.TaskListView;
import jakarta.annotation.security.PermitAll;

/**
 * The start page: what is waiting for the user and where to go next.
 */
@Route(value = "", layout = MainLayout.class)
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle {

	public HomeView(Identity identity, CaseTasks tasks) {
		CurrentUser user = identity.currentUser();
		addClassName("home-view");
		add(new H2(getTranslation("home.greeting", user.displayName())));

		FlexLayout cards = new FlexLayout();
		cards.addClassName("cards");
		if (user.has(Role.CASEWORKER)) {
			cards.add(card(getTranslation("home.myTasks"), tasks.count(TaskScope.MINE), "card-my-tasks"));
			cards.add(card(getTranslation("home.groupTasks"), tasks.count(TaskScope.GROUP), "card-group-tasks"));
			Button open = new Button(getTranslation("home.openTasks"),
					e -> getUI().ifPresent(ui -> ui.navigate(TaskListView.class)));
			open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			Button register = new Button(getTranslation("nav.newApplication"),
					e -> getUI().ifPresent(ui -> ui.navigate(NewApplicationView.class)));
			add(cards, new Div(open, new Span(" "), register));
		}
		else if (user.has(Role.SUPERVISOR)) {
			cards.add(card(getTranslation("home.teamTasks"), tasks.count(TaskScope.TEAM), "card-team-tasks"));
			cards.add(card(getTranslation("home.overdueTeamTasks"), tasks.count(overdue(TaskScope.TEAM)),
					"card-overdue-tasks"));
			cards.add(card(getTranslation("home.coverTasks"), tasks.count(TaskScope.COVER), "card-cover-tasks"));
			Button open = new Button(getTranslation("home.openTasks"),
					e -> getUI().ifPresent(ui -> ui.navigate(TaskListView.class)));
			open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			add(cards, new Div(open));
		}
		else {
			add(cards);
		}
		if (user.has(Role.SUPERVISOR) || user.has(Role.PROCESS_DESIGNER) || user.has(Role.ADMINISTRATOR)) {
			add(new Paragraph(getTranslation("home.cockpitText")));
			Anchor cockpit = new Anchor("camunda/app/cockpit/default/", getTranslation("nav.cockpit"));
			cockpit.setTarget("_blank");
			add(cockpit);
		}
		if (user.mayReadAuditLogs()) {
			Paragraph auditText = new Paragraph(getTranslation("home.auditText"));
			auditText.setId("home-audit-text");
			Button audit = new Button(getTranslation("nav.audit"),
					e -> getUI().ifPresent(ui -> ui.navigate(io.bokjiflow.ui.audit.AuditView.class)));
			audit.setId("home-open-audit");
			if (!user.has(Role.ADMINISTRATOR)) {
				audit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
			}
			add(auditText, new Div(audit));
		}
		if (user.roles()
			.stream()
			.noneMatch(r -> r == Role.CASEWORKER || r == Role.SUPERVISOR || r == Role.PROCESS_DESIGNER
					|| r == Role.ADMINISTRATOR || r == Role.AUDITOR)) {
			add(new Paragraph(getTranslation("home.comingSoon")));
		}
	}

	private static TaskFilter overdue(TaskScope scope) {
		return new TaskFilter(scope, null, null, null, null, null, null, true, null, null, null, null, false, null,
				null, false);
	}

	private Div card(String title, long count, String id) {
		Div card = new Div();
		card.addClassName("stat-card");
		card.setId(id);
		Span number = new Span(String.valueOf(count));
		number.addClassName("stat-number");
		card.add(number, new Span(title));
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("nav.home") + " · BokjiFlow";
	}

}
