package io.bokjiflow.ui;

import java.util.Locale;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import io.bokjiflow.ui.i18n.UiLocale;

import org.springframework.beans.factory.annotation.Value;

/**
 * The sign-in page. In the demo set-up it lists the demo users.
 */
@Route("login")
@AnonymousAllowed
@StyleSheet("context://styles/bokjiflow.css")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

	private final LoginForm login = new LoginForm();

	public LoginView(@Value("${bokjiflow.demo.enabled:false}") boolean demo) {
		addClassName("login-view");
		setSizeFull();
		setAlignItems(Alignment.CENTER);
		setJustifyContentMode(JustifyContentMode.CENTER);

		Locale locale = getLocale();
		Button language = new Button("en".equals(locale.getLanguage()) ? "한국어" : "English",
				e -> UiLocale.switchTo("en".equals(getLocale().getLanguage()) ? Locale.KOREAN : Locale.ENGLISH));
		language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		language.addClassName("language-switch");

		H1 brand = new H1("BokjiFlow");
		brand.addClassName("brand");
		Paragraph tagline = new Paragraph(getTranslation("app.tagline"));
		tagline.addClassName("tagline");

		this.login.setAction("login");
		this.login.setForgotPasswordButtonVisible(false);
		this.login.setI18n(i18n());

		// Citizens who landed here look for services, which need no account.
		RouterLink finder = new RouterLink(getTranslation("login.finderLink"), io.bokjiflow.ui.finder.FinderView.class);
		finder.addClassName("finder-link");
		Div card = new Div(brand, tagline, this.login, new Div(finder));
		card.addClassName("login-card");
		add(language, card);
		if (demo) {
			Div hint = new Div();
			hint.addClassName("demo-hint");
			hint.add(new Html("<div><strong>" + getTranslation("login.demo.title") + "</strong> "
					+ getTranslation("login.demo.text")
					+ " <code>cw.gangnam</code>, <code>cw.jongno</code>, <code>sv.gangnam</code>, <code>designer</code>, "
					+ "<code>official.gangnam</code>, <code>admin</code>, <code>auditor</code> / <code>demo1234!</code></div>"));
			add(hint);
		}
	}

	private LoginI18n i18n() {
		LoginI18n i18n = LoginI18n.createDefault();
		i18n.getForm().setTitle(getTranslation("login.title"));
		i18n.getForm().setUsername(getTranslation("login.username"));
		i18n.getForm().setPassword(getTranslation("login.password"));
		i18n.getForm().setSubmit(getTranslation("login.submit"));
		i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
		i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
		i18n.getErrorMessage().setUsername(getTranslation("login.error.username"));
		i18n.getErrorMessage().setPassword(getTranslation("login.error.password"));
		return i18n;
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		var parameters = event.getLocation().getQueryParameters().getParameters();
		if (parameters.containsKey("locked")) {
			// Only the number of minutes comes from the URL; a forged value only misleads
			// whoever forged it.
			long minutes = parameters.get("locked")
				.stream()
				.findFirst()
				.filter(m -> m.matches("\\d{1,4}"))
				.map(Long::parseLong)
				.orElse(15L);
			LoginI18n i18n = i18n();
			i18n.getErrorMessage().setTitle(getTranslation("login.locked.title"));
			i18n.getErrorMessage().setMessage(getTranslation("login.locked.message", minutes));
			this.login.setI18n(i18n);
			this.login.setError(true);
		}
		else if (parameters.containsKey("error")) {
			this.login.setError(true);
		}
	}

	@Override
	public String getPageTitle() {
		return getTranslation("login.title") + " · BokjiFlow";
	}

}
