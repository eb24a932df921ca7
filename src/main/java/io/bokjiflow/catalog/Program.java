package io.bokjiflow.catalog;

import java.util.List;
import java.util.Locale;

import io.bokjiflow.publicdata.PublicDataSource;

/**
 * A program of the catalogue: a work-processing-support program ({@code linked}) that
 * BokjiFlow runs applications for, or another central program the service finder (복지알림이)
 * knows.
 *
 * @param code stable identifier, e.g. {@code TRAVEL_VOUCHER}
 * @param nameKo Korean name
 * @param nameEn English name
 * @param ministry id of the ministry in charge today (see {@link Ministry})
 * @param ministry2012 id of the ministry in charge in 2012, for linked programs
 * @param legalBasis the law or guideline the program rests on
 * @param linked whether it is one of the 27 work-processing-support programs (업무처리지원)
 * @param investigation for linked programs: data only or income and asset investigation
 * @param benefitKind the kind of benefit
 * @param benefitKo what the program gives, in Korean
 * @param benefitEn what the program gives, in English
 * @param eligibilityKo who qualifies (the target), in plain Korean
 * @param eligibilityEn who qualifies (the target), in English
 * @param decisionDeadlineDays days from application to decision, for linked programs
 * @param processKey the BPMN process that carries an application, once there is one
 * @param paymentWon for programs that pay cash or vouchers: the amount one approval hands
 * to payments (KRW)
 * @param applicationPrefix prefix of application numbers, e.g. {@code TV}, for linked
 * programs
 * @param publicData public datasets the investigation fetches, for linked programs
 * @param documentsBefore documents an applicant had to bring before the linkage
 * @param documentsNow documents an applicant brings now
 * @param lifeStages the life stages the program is for (every age stage for any age)
 * @param situations the situations the program is for (empty for everybody); a person in
 * any one of them may be eligible
 * @param requiredSituations those of {@code situations} a person must be in, all of them,
 * for the program to fit at all (e.g. {@code DISABILITY} for the disability pension,
 * which also lists {@code LOW_INCOME}); empty when any one of {@code situations} will do
 * @param applyAt where one applies
 * @param applyKo how and where to apply, in Korean
 * @param applyEn how and where to apply, in English
 * @param regions {@code ALL} or the 시·도 codes where the program runs
 * @param remarkKo a note on the program's history or status, in Korean
 * @param remarkEn the same note in English
 * @param sources where the facts come from
 * @param assumptions facts not found in a source, marked as assumptions
 */
public record Program(String code, String nameKo, String nameEn, String ministry, String ministry2012,
		String legalBasis, boolean linked, Investigation investigation, BenefitKind benefitKind, String benefitKo,
		String benefitEn, String eligibilityKo, String eligibilityEn, Integer decisionDeadlineDays, String processKey,
		Long paymentWon, String applicationPrefix, List<PublicDataSource> publicData, List<String> documentsBefore,
		List<String> documentsNow, List<LifeStage> lifeStages, List<Situation> situations,
		List<Situation> requiredSituations, List<ApplyChannel> applyAt, String applyKo, String applyEn,
		List<String> regions, String remarkKo, String remarkEn, List<String> sources, List<String> assumptions) {

	public Program {
		publicData = copy(publicData);
		documentsBefore = copy(documentsBefore);
		documentsNow = copy(documentsNow);
		lifeStages = copy(lifeStages);
		situations = copy(situations);
		requiredSituations = copy(requiredSituations);
		applyAt = copy(applyAt);
		regions = regions == null ? List.of(Region.ALL) : List.copyOf(regions);
		sources = copy(sources);
		assumptions = copy(assumptions);
	}

	private static <T> List<T> copy(List<T> list) {
		return list == null ? List.of() : List.copyOf(list);
	}

	/** Whether the program runs everywhere in Korea. */
	public boolean nationwide() {
		return this.regions.contains(Region.ALL);
	}

	/** Whether the program runs in a 시·도 (always, for a nation-wide program). */
	public boolean runsIn(String sidoCode) {
		return nationwide() || this.regions.contains(sidoCode);
	}

	/**
	 * The 시·군·구 of a local program, read from its code ({@code L<5 digits>-…}, e.g.
	 * {@code L11680-LONGEVITY} → {@code 11680}), or {@code null} for a central program.
	 */
	public String localSigungu() {
		if (LocalProgramSource.MINISTRY.equals(this.ministry) && this.code.length() > 7 && this.code.charAt(0) == 'L'
				&& this.code.charAt(6) == '-'
				&& this.code.substring(1, 6).chars().allMatch(c -> c >= '0' && c <= '9')) {
			return this.code.substring(1, 6);
		}
		return null;
	}

	/** The name in a language (Korean unless English is asked for). */
	public String name(Locale locale) {
		return english(locale) ? this.nameEn : this.nameKo;
	}

	/** What the program gives, in a language. */
	public String benefit(Locale locale) {
		return english(locale) ? this.benefitEn : this.benefitKo;
	}

	/** Who qualifies, in a language. */
	public String eligibility(Locale locale) {
		return english(locale) ? this.eligibilityEn : this.eligibilityKo;
	}

	/** How and where to apply, in a language. */
	public String apply(Locale locale) {
		return english(locale) ? this.applyEn : this.applyKo;
	}

	/** The note on the program's history or status, in a language, or {@code null}. */
	public String remark(Locale locale) {
		return english(locale) ? this.remarkEn : this.remarkKo;
	}

	private static boolean english(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

}
