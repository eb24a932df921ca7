package io.bokjiflow.identity;

/**
 * An organisation with its official administrative code.
 *
 * @param code the official code (행정동 code for 읍·면·동, 시·군·구 code, 행정기관코드 for ministries)
 * @param parentCode the code of the organisation above, or {@code null}
 * @param level the level in the hierarchy
 * @param nameKo the Korean name
 * @param nameEn the English name
 */
public record Organization(String code, String parentCode, OrgLevel level, String nameKo, String nameEn) {

	/** The name in the given language ({@code ko} unless English is asked for). */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameKo;
	}

}
