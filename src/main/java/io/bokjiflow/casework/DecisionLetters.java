package io.bokjiflow.casework;

import java.util.Locale;

/**
 * Decision letters (결정 통지서) of decided cases as PDF: the decision, its reasons, what is
 * granted and the applicant's objection rights, for cases of the signed-in user's 시·군·구.
 */
public interface DecisionLetters {

	/**
	 * The decision letter of a case as PDF.
	 * @param applicationNo the application number
	 * @param locale Korean (the letter) or English (a courtesy translation)
	 * @return the PDF document
	 * @throws DecisionLetterUnavailableException when the case is unknown, not the
	 * user's, or not decided yet
	 */
	byte[] pdf(String applicationNo, Locale locale);

	/**
	 * Whether a case has a decision letter: only decided cases do (a case closed because
	 * the applicant left the register, {@link ApplicationStatus#WITHDRAWN}, has none).
	 * @param caseFile the case file
	 * @return whether {@link #pdf} will print a letter
	 */
	static boolean available(CaseFile caseFile) {
		return caseFile.decision().filter(d -> d.outcome() != ApplicationStatus.WITHDRAWN).isPresent();
	}

	/**
	 * The file name of a letter, e.g. {@code decision-letter-TV-2026-000001.pdf}.
	 * @param applicationNo the application number
	 * @return a file name with no characters that need quoting
	 */
	static String fileName(String applicationNo) {
		return "decision-letter-" + applicationNo.replaceAll("[^A-Za-z0-9-]", "_") + ".pdf";
	}

}
