package io.bokjiflow.casework.internal.notice;

import java.util.Locale;

import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.DecisionLetterUnavailableException;
import io.bokjiflow.casework.DecisionLetterUnavailableException.Reason;
import io.bokjiflow.casework.DecisionLetters;

import org.springframework.stereotype.Service;

/**
 * Prints the decision letters of the signed-in user's cases: the case file comes through
 * {@link Casework#caseFileByNumber}, which shows a user only their own 시·군·구's cases.
 */
@Service
class DecisionLetterService implements DecisionLetters {

	private final Casework casework;

	private final DecisionLetterFactory factory;

	private final DecisionLetterPdf printer;

	DecisionLetterService(Casework casework, DecisionLetterFactory factory, DecisionLetterPdf printer) {
		this.casework = casework;
		this.factory = factory;
		this.printer = printer;
	}

	@Override
	public byte[] pdf(String applicationNo, Locale locale) {
		CaseFile file = this.casework.caseFileByNumber(applicationNo)
			.orElseThrow(() -> new DecisionLetterUnavailableException(Reason.NOT_FOUND));
		if (!DecisionLetters.available(file)) {
			throw new DecisionLetterUnavailableException(Reason.NOT_DECIDED);
		}
		return this.printer.render(this.factory.letter(file, locale));
	}

}
