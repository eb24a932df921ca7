package io.bokjiflow.outreach;

import java.util.List;
import java.util.Locale;

/**
 * One program a person is likely eligible for and does not receive, with why.
 *
 * @param programCode the catalogue code (support program) or local program code
 * @param kind a national support program or a local (open-market) program
 * @param nameKo the program's Korean name
 * @param nameEn its English name
 * @param confidence how sure the finder is
 * @param rule the rule that says so: the eligibility table's rule code (e.g.
 * {@code VETERAN}) or, for a local program, {@code CRITERIA v<version>}
 * @param ruleSource where the rule is: the DMN table key and version, or the local
 * program version
 * @param ruleDescriptionKo the rule's description in Korean (the DMN rule's description,
 * or the local program's legal basis)
 * @param evidence the facts the rule read, each with its value and source
 * @param missingFacts facts the rule reads that the integrated DB does not hold (the
 * investigation fetches them from public data); non-empty makes the finding
 * {@link Confidence#CHECK_NEEDED}
 */
public record MissingService(String programCode, Kind kind, String nameKo, String nameEn, Confidence confidence,
		String rule, String ruleSource, String ruleDescriptionKo, List<Evidence> evidence, List<String> missingFacts) {

	public MissingService {
		evidence = List.copyOf(evidence);
		missingFacts = List.copyOf(missingFacts);
	}

	/** The program's name in a language. */
	public String name(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage()) ? this.nameEn : this.nameKo;
	}

	/** The evidence as one line per fact, in a language. */
	public String explanation(Locale locale) {
		return String.join(" · ", this.evidence.stream().map(e -> e.explanation(locale)).toList());
	}

	/** The kinds of program. */
	public enum Kind {

		/** One of the 27 national work-processing-support programs (DMN table). */
		SUPPORT,
		/** A local government's own program (open market criteria). */
		LOCAL

	}

	/** How sure a finding is. */
	public enum Confidence {

		/** The rule says eligible on the registry's facts alone. */
		LIKELY_ELIGIBLE,
		/**
		 * Eligible only for some values of facts the registry does not hold, or the rule
		 * itself asks a caseworker to confirm (review).
		 */
		CHECK_NEEDED

	}

	/**
	 * One fact a finding rests on.
	 *
	 * @param fact the fact's name (case-fact variable or criterion), e.g. {@code veteran}
	 * @param value the value as text
	 * @param explanationKo e.g. "보훈대상자 자격 유효 (2019-03-01부터)"
	 * @param explanationEn e.g. "veteran qualification valid since 2019-03-01"
	 * @param source where the value comes from, e.g. {@code reg_qualification: 국가보훈부}
	 */
	public record Evidence(String fact, String value, String explanationKo, String explanationEn, String source) {

		/** The explanation in a language. */
		public String explanation(Locale locale) {
			return locale != null && "en".equals(locale.getLanguage()) ? this.explanationEn : this.explanationKo;
		}

	}

}
