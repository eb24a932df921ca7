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
import io.bokjiflow.ui.applications.NewApplicationView;
import io.bokjiflow.ui.catalog.CatalogView;
import io.bokjiflow.ui.home.HomeView;
import io.bokjiflow.ui.i18n.UiLocale;
import io.bokjiflow.ui.tasklist.TaskListView;

/**
 * The frame of every signed-in page: a menu by role, the user and organisation, the
 * language switch and sign-out.
 */
@StyleSheet("context://styles/bokjiflow.css")
public class MainLayout extends AppLayout {

	public MainLayout(Identity identity, AuthenticationContext auth) {
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

		HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, new Div(), who, language, logout);
		header.addClassName("app-header");
		header.setWidthFull();
		header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
		header.expand(header.getComponentAt(2));
		addToNavbar(header);

		SideNav nav = new SideNav();
		nav.addItem(new SideNavItem(getTranslation("nav.home"), HomeView.class, VaadinIcon.HOME.create()));
		if (user.has(Role.CASEWORKER)) {
			nav.addItem(new SideNavItem(getTranslation("nav.tasks"), TaskListView.class, VaadinIcon.TASKS.create()));
			nav.addItem(new SideNavItem(getTranslation("nav.newApplication"), NewApplicationView.class,
					VaadinIcon.FILE_ADD.create()));
		}
		nav.addItem(new SideNavItem(getTranslation("nav.catalog"), CatalogView.class, VaadinIcon.BOOK.create()));
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
