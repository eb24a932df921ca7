package io.bokjiflow.ui.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

/**
 * The UI language: Korean by default, English on request; kept in the session.
 */
public final class UiLocale {

	/** The languages the UI speaks, the first being the default. */
	public static final List<Locale> SUPPORTED = List.of(Locale.KOREAN, Locale.ENGLISH);

	private static final String ATTRIBUTE = UiLocale.class.getName();

	private UiLocale() {
	}

	/** The session's language, Korean unless the user chose English. */
	public static Locale current(VaadinSession session) {
		Object chosen = session == null ? null : session.getAttribute(ATTRIBUTE);
		return chosen instanceof Locale l ? l : SUPPORTED.get(0);
	}

	/** Switches the session's language and re-renders the current page. */
	public static void switchTo(Locale locale) {
		VaadinSession.getCurrent().setAttribute(ATTRIBUTE, locale);
		UI ui = UI.getCurrent();
		ui.setLocale(locale);
		ui.getPage().reload();
	}

	/**
	 * Picks one language of a bilingual model label such as
	 * {@code "신청 검토\n(review application)"}.
	 * @param text the label
	 * @param locale the language
	 * @return the Korean part, or the English part in parentheses for English
	 */
	public static String pick(String text, Locale locale) {
		if (text == null) {
			return "";
		}
		String normalised = text.replace('\n', ' ').strip();
		int open = normalised.lastIndexOf(" (");
		if (open < 0 || !normalised.endsWith(")")) {
			return normalised;
		}
		if (!"en".equals(locale.getLanguage())) {
			return normalised.substring(0, open);
		}
		// Model names keep the English part in lower case ("신청 검토 (review application)").
		String english = normalised.substring(open + 2, normalised.length() - 1);
		return english.isEmpty() ? english : Character.toUpperCase(english.charAt(0)) + english.substring(1);
	}

}
