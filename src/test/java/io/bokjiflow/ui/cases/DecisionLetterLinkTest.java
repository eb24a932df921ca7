package io.bokjiflow.ui.cases;

import java.io.IOException;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import io.bokjiflow.casework.DecisionLetterUnavailableException;
import io.bokjiflow.casework.DecisionLetterUnavailableException.Reason;
import io.bokjiflow.casework.DecisionLetters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download link serves the letter as a PDF attachment and answers 404 or 409 when
 * there is no letter to print.
 */
class DecisionLetterLinkTest {

	private static final byte[] PDF = "%PDF-1.7 letter".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

	@BeforeEach
	void setUpUi() {
		MockVaadin.setup();
	}

	@AfterEach
	void tearDownUi() {
		MockVaadin.tearDown();
	}

	@Test
	void shouldOfferTheLetterAsAPdfDownloadInTheLanguageOfTheUi() throws IOException {
		Locale[] asked = new Locale[1];
		DecisionLetters letters = (no, locale) -> {
			asked[0] = locale;
			return PDF;
		};
		DecisionLetterLink link = new DecisionLetterLink(letters, "TV-2026-000123");
		assertThat(link.getText()).isIn("결정 통지서 (PDF)", "Decision letter (PDF)");
		assertThat(link.getHref()).isNotBlank();

		var response = DecisionLetterLink.download(letters, "TV-2026-000123", Locale.KOREAN);
		assertThat(response.hasError()).isFalse();
		assertThat(response.getFileName()).isEqualTo("decision-letter-TV-2026-000123.pdf");
		assertThat(response.getContentType()).isEqualTo("application/pdf");
		assertThat(response.getInputStream().readAllBytes()).isEqualTo(PDF);
		assertThat(asked[0]).isEqualTo(Locale.KOREAN);
	}

	@Test
	void shouldAnswerNotFoundOrConflictWhenThereIsNoLetter() {
		DecisionLetters unknown = (no, locale) -> {
			throw new DecisionLetterUnavailableException(Reason.NOT_FOUND);
		};
		DecisionLetters undecided = (no, locale) -> {
			throw new DecisionLetterUnavailableException(Reason.NOT_DECIDED);
		};
		assertThat(DecisionLetterLink.download(unknown, "TV-2026-000001", Locale.KOREAN).getError()).isEqualTo(404);
		assertThat(DecisionLetterLink.download(undecided, "TV-2026-000001", Locale.KOREAN).getError()).isEqualTo(409);
	}

}
