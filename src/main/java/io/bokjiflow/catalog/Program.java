package io.bokjiflow.catalog;

import java.util.List;
import java.util.Locale;

/**
 * A program of the catalogue.
 *
 * @param code stable identifier, e.g. {@code TRAVEL_VOUCHER}
 * @param nameKo Korean name
 * @param nameEn English name
 * @param ministryCode 행정기관코드 of the ministry in charge
 * @param ministryKo the ministry's Korean name
 * @param legalBasis the law or guideline the program rests on
 * @param investigation {@code DATA_ONLY} or {@code INCOME_ASSET}
 * @param benefitKind CASH, IN_KIND, VOUCHER, REDUCTION or HOUSING
 * @param benefitKo what the program gives, in Korean
 * @param benefitEn what the program gives, in English
 * @param eligibilityKo who qualifies, in plain Korean
 * @param eligibilityEn who qualifies, in English
 * @param decisionDeadlineDays days from application to decision
 * @param processKey the BPMN process that carries an application
 * @param applicationPrefix prefix of application numbers, e.g. {@code TV}
 * @param publicData public datasets the investigation fetches
 * @param documentsBefore documents an applicant had to bring before the linkage
 * @param documentsNow documents an applicant brings now
 * @param sources where the facts come from
 * @param assumptions facts not found in a source, marked as assumptions
 */
public record Program(String code, String nameKo, String nameEn, String ministryCode, String ministryKo,
		String legalBasis, String investigation, String benefitKind, String benefitKo, String benefitEn,
		String eligibilityKo, String eligibilityEn, int decisionDeadlineDays, String processKey,
		String applicationPrefix, List<String> publicData, List<String> documentsBefore, List<String> documentsNow,
		List<String> sources, List<String> assumptions) {

	/** The name in a language (Korean unless English is asked for). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameKo;
	}

}
