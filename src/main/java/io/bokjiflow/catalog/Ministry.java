package io.bokjiflow.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A ministry or agency that runs programs, including the ones of 2012 that have since
 * been renamed or merged.
 *
 * @param id stable short identifier used by programs, e.g. {@code MOHW}
 * @param code 행정기관코드, or {@code null} where not known (then an assumption says so)
 * @param nameKo the Korean name
 * @param nameEn the English name
 * @param successor the id of the ministry that took the work over, for one that no longer
 * exists under this name
 * @param sources where the facts come from
 * @param assumptions facts not found in a source
 */
public record Ministry(String id, String code, String nameKo, String nameEn, String successor, List<String> sources,
		List<String> assumptions) {

	public Ministry {
		sources = sources == null ? List.of() : List.copyOf(sources);
		assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
	}

	/** The name in a language (Korean unless English is asked for). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameKo;
	}

}
