package io.bokjiflow.catalog;

import java.util.Locale;

/**
 * A 시·도 (metropolitan city or province) a program can be limited to.
 *
 * @param code the two-digit 시·도 code of the 법정동 code, e.g. {@code 11} for Seoul
 * @param nameKo the Korean name
 * @param nameEn the English name
 */
public record Region(String code, String nameKo, String nameEn) {

	/** The value of {@link Program#regions()} for a nation-wide program. */
	public static final String ALL = "ALL";

	/** The name in a language (Korean unless English is asked for). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameKo;
	}

}
