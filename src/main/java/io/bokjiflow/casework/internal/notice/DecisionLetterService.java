package io.bokjiflow.casework.internal.notice;

import java.util.Locale;

import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DecisionLetterUnavailableException;
import io.bokjiflow.casework.DecisionLetterUnavailableException.Reason;
import io.bokjiflow.casework.DecisionLetters;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;

import org.springframework.stereotype.Service;

/**
 * Prints the decision letters of the signed-in user's cases: the case file comes through
 * {@link Casework#caseFileByNumber}, which shows a user only their own 시·군·구's cases.
 */
@Service
public class DecisionLetterService implements DecisionLetters {

	private final Casework casework;

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final DecisionLetterPdf printer;

	private final DecisionLetterTexts texts = DecisionLetterTexts.load();

	DecisionLetterService(Casework casework, ProgramCatalog catalog, Identity identity, DecisionLetterPdf printer) {
		this.casework = casework;
		this.catalog = catalog;
		this.identity = identity;
		this.printer = printer;
	}

	@Override
	public byte[] pdf(String applicationNo, Locale locale) {
		return this.printer.render(letter(applicationNo, locale));
	}

	/**
	 * The letter of a case of the user's 시·군·구.
	 * @param applicationNo the application number
	 * @param locale the language
	 * @return the letter
	 * @throws DecisionLetterUnavailableException when unknown, not the user's, or not
	 * decided
	 */
	DecisionLetter letter(String applicationNo, Locale locale) {
		CaseFile file = this.casework.caseFileByNumber(applicationNo)
			.orElseThrow(() -> new DecisionLetterUnavailableException(Reason.NOT_FOUND));
		if (!DecisionLetters.available(file)) {
			throw new DecisionLetterUnavailableException(Reason.NOT_DECIDED);
		}
		return letter(file, locale);
	}

	/**
	 * The letter of a decided case file, for callers that already hold it (e.g. when the
	 * notice is recorded).
	 * @param file a decided case file
	 * @param locale the language
	 * @return the letter
	 */
	public DecisionLetter letter(CaseFile file, Locale locale) {
		String programCode = file.application().programCode();
		Program program = this.catalog.program(programCode)
			.orElseThrow(() -> new IllegalStateException("Program " + programCode + " is not catalogued"));
		String dongCode = file.application().adminDongCode();
		Organization dong = this.identity.organization(dongCode).orElse(null);
		String sigunguCode = this.identity.sigunguOf(dongCode).orElse(dongCode.substring(0, 5));
		Organization sigungu = this.identity.organization(sigunguCode)
			.orElseThrow(() -> new IllegalStateException("No 시·군·구 " + sigunguCode));
		Organization sido = sigungu.parentCode() == null ? null
				: this.identity.organization(sigungu.parentCode()).orElse(null);
		return new DecisionLetterBuilder(this.texts).locale(locale)
			.caseFile(file)
			.program(program)
			.office(sido, sigungu)
			.communityCentre(dong)
			.build();
	}

}
