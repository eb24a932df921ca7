package io.bokjiflow.ui.cases;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import io.bokjiflow.casework.CaseFile;
import io.bokjiflow.casework.DecisionLetterUnavailableException;
import io.bokjiflow.casework.DecisionLetters;

/**
 * "결정 통지서 (PDF)": downloads a decided case's decision letter, printed when clicked in the
 * language the UI had when the link was made. A view that shows a case adds it with
 * {@link #forCase}, which gives a link only for a decided case. The letter is printed for
 * the signed-in user, so a case of another 시·군·구 answers 404 here as in the JSON API.
 */
public class DecisionLetterLink extends Anchor {

	/**
	 * A link to a case's letter.
	 * @param letters the casework module's letters
	 * @param applicationNo the application number
	 */
	public DecisionLetterLink(DecisionLetters letters, String applicationNo) {
		Locale locale = getLocale();
		setHref(DownloadHandler.fromInputStream(event -> download(letters, applicationNo, locale)),
				AttachmentType.DOWNLOAD);
		setText(getTranslation("notice.download"));
		setId("decision-letter");
		addClassName("decision-letter-link");
	}

	/**
	 * The link for a case, if it is decided.
	 * @param letters the casework module's letters
	 * @param caseFile the case shown
	 * @return a link, or empty while the case is not decided
	 */
	public static Optional<DecisionLetterLink> forCase(DecisionLetters letters, CaseFile caseFile) {
		return DecisionLetters.available(caseFile)
				? Optional.of(new DecisionLetterLink(letters, caseFile.application().applicationNo()))
				: Optional.empty();
	}

	static DownloadResponse download(DecisionLetters letters, String applicationNo, Locale locale) {
		try {
			byte[] pdf = letters.pdf(applicationNo, locale);
			return new DownloadResponse(new ByteArrayInputStream(pdf), DecisionLetters.fileName(applicationNo),
					"application/pdf", pdf.length);
		}
		catch (DecisionLetterUnavailableException ex) {
			return DownloadResponse
				.error(ex.reason() == DecisionLetterUnavailableException.Reason.NOT_FOUND ? 404 : 409);
		}
	}

}
