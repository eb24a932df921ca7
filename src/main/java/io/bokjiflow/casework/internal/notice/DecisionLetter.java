package io.bokjiflow.casework.internal.notice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.bokjiflow.casework.ApplicationStatus;

/**
 * A decision letter (결정 통지서) as it is printed, in one language: every text resolved,
 * personal data masked. Built by {@link DecisionLetterBuilder}, printed by
 * {@link DecisionLetterPdf}.
 *
 * @param locale the language ({@code ko}: the letter; {@code en}: a courtesy translation)
 * @param textVersion the version of the wording ({@link DecisionLetterTexts#version()})
 * @param datePattern how dates are written in this language
 * @param labels headings and field labels by key ({@link DecisionLetterTexts#LABELS})
 * @param title the letter's title
 * @param applicationNo the application number
 * @param appliedOn the day of application
 * @param decidedOn the day of the decision, also the letter's date
 * @param addressee the applicant's masked name as addressed, e.g. {@code 김*희 귀하}
 * @param address the address as far as it is known (the 행정동), or {@code null}
 * @param programName the program applied for
 * @param legalBasis the law the program rests on
 * @param outcome approved or rejected
 * @param outcomeText the decision as stated (승인 / 기각)
 * @param introduction the opening sentence
 * @param reasons why, in plain words, in print order
 * @param benefit what the applicant receives, when approved; otherwise {@code null}
 * @param rights the addressee's rights (objection within 90 days, appeal, court action)
 * @param issuer the head of the deciding 시·군·구, e.g. {@code 서울특별시 강남구청장}
 * @param institution the deciding 시·군·구, e.g. {@code 서울특별시 강남구}
 * @param contact where to ask
 * @param footer the footer line
 */
public record DecisionLetter(Locale locale, String textVersion, String datePattern, Map<String, String> labels,
		String title, String applicationNo, LocalDate appliedOn, LocalDate decidedOn, String addressee, String address,
		String programName, String legalBasis, ApplicationStatus outcome, String outcomeText, String introduction,
		List<Reason> reasons, String benefit, List<Right> rights, String issuer, String institution, String contact,
		String footer) {

	public DecisionLetter {
		labels = Map.copyOf(labels);
		reasons = List.copyOf(reasons);
		rights = List.copyOf(rights);
	}

	/** What a reason line says. */
	public enum ReasonKind {

		/** How the decision was made, with the reason code. */
		DECISION_BASIS("decisionBasis"),
		/** The caseworker's reason, as written. */
		CASEWORKER("caseworker"),
		/** The eligibility rule that matched, with its code. */
		RULE("rule"),
		/** A further explanation of the eligibility result. */
		EXPLANATION("explanation"),
		/** Who qualifies for the program (with a rejection). */
		ELIGIBILITY("eligibility"),
		/** Public data the decision rests on. */
		EVIDENCE("evidence");

		private final String key;

		ReasonKind(String key) {
			this.key = key;
		}

		/** The key of its label in the texts. */
		public String key() {
			return this.key;
		}

	}

	/**
	 * One reason line.
	 *
	 * @param kind what it says
	 * @param code the rule or reason code, or {@code null}
	 * @param label the printed label
	 * @param text the printed text
	 */
	public record Reason(ReasonKind kind, String code, String label, String text) {
	}

	/**
	 * A right of the addressee.
	 *
	 * @param id e.g. {@code objection}
	 * @param heading the heading
	 * @param text what the letter says
	 */
	public record Right(String id, String heading, String text) {
	}

	/** A label by key. */
	public String label(String key) {
		String label = this.labels.get(key);
		if (label == null) {
			throw new IllegalArgumentException("No label " + key);
		}
		return label;
	}

	/** A date as this letter writes it. */
	public String format(LocalDate date) {
		return DateTimeFormatter.ofPattern(this.datePattern, this.locale).format(date);
	}

	/** Whether the letter grants the benefit. */
	public boolean approved() {
		return this.outcome == ApplicationStatus.APPROVED;
	}

}
