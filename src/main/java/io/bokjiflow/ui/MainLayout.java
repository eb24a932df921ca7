package io.bokjiflow.ui;

import java.util.Locale;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Role;
import io.bokjiflow.ui.integrity.ChangeFeedView;
import io.bokjiflow.ui.applications.NewApplicationView;
import io.bokjiflow.ui.catalog.CatalogView;
import io.bokjiflow.ui.home.HomeView;
import io.bokjiflow.ui.integrity.IntegrityRulesView;
import io.bokjiflow.ui.i18n.UiLocale;
import io.bokjiflow.ui.absence.AbsenceView;
import io.bokjiflow.ui.programs.ProgramsView;
import io.bokjiflow.ui.programs.SelectionRunsView;
import io.bokjiflow.ui.push.NotificationBell;
import io.bokjiflow.ui.push.UiBroadcaster;
import io.bokjiflow.notifications.Notifications;
import io.bokjiflow.ui.payments.PaymentsView;
import io.bokjiflow.ui.tasklist.TaskListView;

/**
 * The frame of every signed-in page: a menu by role, the user and organisation, the
 * language switch and sign-out.
 */
@StyleSheet("context://styles/bokjiflow.css")
public class MainLayout extends AppLayout {

	public MainLayout(Identity identity, AuthenticationContext auth, Notifications notifications,
			UiBroadcaster broadcaster) {
		CurrentUser user = identity.currentUser();
		Locale locale = getLocale();

		Span brand = new Span("BokjiFlow");
		brand.addClassName("brand");

		Span who = new Span(user.displayName() + " · " + user.organization().name(locale));
		who.addClassName("who");
		Button language = new Button("en".equals(locale.getLanguage()) ? "한국어" : "English",
				e -> UiLocale.switchTo("en".equals(getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH));
		language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		language.setId("language-switch");
		Button logout = new Button(getTranslation("nav.logout"), VaadinIcon.SIGN_OUT.create(), e -> auth.logout());
		logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		logout.setId("logout");

		NotificationBell bell = new NotificationBell(notifications, broadcaster, user.username());
		HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, new Div(), bell, who, language,
				logout);
		header.addClassName("app-header");
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(header.getComponentAt(2));
		addToNavbar(header);
		// Screen readers pick their voice by the page language.
		getElement().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());

		SideNav nav = new SideNav();
		nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
		if (user.has(Role.CASEWORKER)) {
			nav.addItem(new SideNavItem(getTranslation("nav.tasks"), TaskListView.class, VaadinIcon.TASKS.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.newApplication"), NewApplicationView.class,
					VaadinIcon.FILE_ADD.create()));
		}
		else if (user.has(Role.SUPERVISOR)) {
			nav.addItem(new SideNavItem(getTranslation("nav.tasks"), TaskListView.class, VaadinIcon.TASKS.create()));
		}
		if (user.has(Role.CASEWORKER) || user.has(Role.SUPERVISOR)) {
			if (user.sigunguCode() != null) {
				nav.addItem(new SideNavItem(getTranslation("nav.outreach"), io.bokjiflow.ui.outreach.OutreachView.class,
						VaadinIcon.SEARCH_PLUS.create()));
			}
			nav.addItem(new SideNavItem(getTranslation("nav.absence"), AbsenceView.class,
					VaadinIcon.CALENDAR_USER.create()));
			if (user.sigunguCode() != null) {
				nav.addItem(
						new SideNavItem(getTranslation("nav.payments"), PaymentsView.class, VaadinIcon.MONEY.create()));
			}
		}
		if (user.has(Role.LOCAL_OFFICIAL) || user.has(Role.SUPERVISOR)) {
			nav.addItem(
					new SideNavItem(getTranslation("nav.programs"), ProgramsView.class, VaadinIcon.SLIDERS.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.selectionRuns"), SelectionRunsView.class,
					VaadinIcon.USERS.create()));
		}
		if (user.has(Role.SUPERVISOR) || user.has(Role.ADMINISTRATOR)) {
			nav.addItem(new SideNavItem(getTranslation("nav.dashboard"), io.bokjiflow.ui.dashboard.DashboardView.class,
					VaadinIcon.DASHBOARD.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.processes"), io.bokjiflow.ui.processes.ProcessesView.class,
					VaadinIcon.SITEMAP.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.batchOperations"),
					io.bokjiflow.ui.processes.BatchOperationsView.class, VaadinIcon.TASKS.create()));
		}
		if (user.has(Role.ADMINISTRATOR)) {
			nav.addItem(new SideNavItem(getTranslation("nav.changeFeed"), ChangeFeedView.class,
					VaadinIcon.EXCHANGE.create()));
		}
		if (user.mayReadAuditLogs()) {
			nav.addItem(new SideNavItem(getTranslation("nav.audit"), io.bokjiflow.ui.audit.AuditView.class,
					VaadinIcon.RECORDS.create()));
		}
		if (user.has(Role.PROCESS_DESIGNER)) {
			nav.addItem(new SideNavItem(getTranslation("nav.designer"), io.bokjiflow.ui.designer.DesignerView.class,
					VaadinIcon.PENCIL.create()));
		}
		// The auditor sees the audit log only (no catalogue or rules either).
		if (user.roles().stream().anyMatch(role -> role != Role.AUDITOR)) {
			nav.addItem(new SideNavItem(getTranslation("nav.catalog"), CatalogView.class, VaadinIcon.BOOK.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.integrityRules"), IntegrityRulesView.class,
					VaadinIcon.SCALE.create()));
		}
		addToDrawer(nav);
		if (user.has(Role.SUPERVISOR) || user.has(Role.PROCESS_DESIGNER) || user.has(Role.ADMINISTRATOR)) {
			Anchor cockpit = new Anchor("camunda/app/cockpit/default/", getTranslation("nav.cockpit"));
			cockpit.setTarget("_blank");
			cockpit.addClassName("external-link");
			addToDrawer(cockpit);
		}
		setPrimarySection(Section.DRAWER);
	}

}
