package io.bokjiflow.casework.internal;

import java.util.Locale;

import io.bokjiflow.casework.internal.notice.DecisionLetter;
import io.bokjiflow.casework.internal.notice.DecisionLetterFactory;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * Service task of the notice: writes the decision letter (결정 통지서) to the applicant and
 * records it in the case file; the letter itself is printable as PDF from the case.
 */
@Component("recordNoticeDelegate")
class RecordNoticeDelegate implements JavaDelegate {

	private final CaseworkService casework;

	private final DecisionLetterFactory letters;

	RecordNoticeDelegate(CaseworkService casework, DecisionLetterFactory letters) {
		this.casework = casework;
		this.letters = letters;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.casework.recordNotice(CaseVariables.applicationId(execution), file -> {
			DecisionLetter letter = this.letters.letter(file, Locale.KOREAN);
			return "%s %s: %s [%s]".formatted(letter.title(), letter.applicationNo(), letter.outcomeText(),
					letter.textVersion());
		});
	}

}
