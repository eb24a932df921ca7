package io.bokjiflow.ui.finder;

import java.util.Locale;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import io.bokjiflow.ui.i18n.UiLocale;

/**
 * The frame of the public pages (no login): a skip link, the name, two links (find a
 * service, self-check), the language switch, the page in a {@code main} landmark and a
 * footer that says nothing typed is kept. Not {@code MainLayout}, which needs a signed-in
 * user.
 */
@StyleSheet("context://styles/bokjiflow.css")
@StyleSheet("context://styles/finder.css")
public class PublicLayout extends Div implements RouterLayout {

	private final Main main = new Main();

	public PublicLayout() {
		addClassName("public-layout");
		Locale locale = getLocale();
		boolean english = "en".equals(locale.getLanguage());

		Anchor skip = new Anchor("#finder-main", getTranslation("finder.skip"));
		skip.addClassName("skip-link");

		Anchor brand = new Anchor("finder", getTranslation("finder.brand"));
		brand.addClassName("public-brand");
		RouterLink search = new RouterLink(getTranslation("finder.nav.search"), FinderView.class);
		search.setId("nav-finder");
		RouterLink check = new RouterLink(getTranslation("finder.nav.check"), SelfCheckView.class);
		check.setId("nav-check");
		Nav nav = new Nav(search, check);
		nav.addClassName("public-nav");
		nav.getElement().setAttribute("aria-label", getTranslation("finder.nav.label"));

		Button language = new Button(english ? "한국어" : "English",
				e -> UiLocale.switchTo(english ? Locale.KOREAN : Locale.ENGLISH));
		language.setId("language-switch");
		language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		language.getElement().setAttribute("lang", english ? "ko" : "en");
		language.getElement().setAttribute("aria-label", english ? "한국어로 보기 (Korean)" : "View in English (영어)");

		Header header = new Header(brand, nav, language);
		header.addClassName("public-header");

		this.main.setId("finder-main");
		this.main.getElement().setAttribute("tabindex", "-1");
		this.main.addClassName("public-main");

		Footer footer = new Footer(new Paragraph(getTranslation("finder.footer")));
		footer.addClassName("public-footer");
		add(skip, header, this.main, footer);
		// Screen readers pick their voice by the page language.
		getElement().executeJs("document.documentElement.setAttribute('lang', $0)", locale.getLanguage());
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		this.main.getElement().removeAllChildren();
		if (content != null) {
			this.main.getElement().appendChild(content.getElement());
		}
	}

}
