package io.bokjiflow.casework.internal.notice;

import java.util.Locale;

import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.EligibilityExplanation;
import io.bokjiflow.catalog.Program;
import io.bokjiflow.catalog.ProgramCatalog;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.identity.Organization;

import org.springframework.stereotype.Component;

/**
 * The decision letter of a decided case file, with the program from the catalogue and the
 * deciding 시·군·구 from the organisations. Checks no user: callers pass a case file they
 * may read (the casework service when it records the notice, or
 * {@link DecisionLetterService} for the signed-in user).
 */
@Component
public class DecisionLetterFactory {

	private final ProgramCatalog catalog;

	private final Identity identity;

	private final DecisionLetterTexts texts = DecisionLetterTexts.load();

	DecisionLetterFactory(ProgramCatalog catalog, Identity identity) {
		this.catalog = catalog;
		this.identity = identity;
	}

	/**
	 * The letter of a decided case file.
	 * @param file a decided case file
	 * @param locale Korean (the letter) or English (a courtesy translation)
	 * @return the letter
	 * @throws IllegalStateException when the case is not decided, or its program or 시·군·구
	 * is unknown
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
			.explanation(file.explanation().map(EligibilityExplanation::description).orElse(null))
			.build();
	}

	/** The wording in use (its version is printed on every letter). */
	public DecisionLetterTexts texts() {
		return this.texts;
	}

}
