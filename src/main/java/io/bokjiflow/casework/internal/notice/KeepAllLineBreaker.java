package io.bokjiflow.casework.internal.notice;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Breaks lines the way Korean documents are set (CSS {@code word-break: keep-all}, which
 * openhtmltopdf lacks): between words, never inside one — Unicode's default rules would
 * break between any two Hangul syllables, splitting 구청장 or 제17조 across lines. A word too
 * long for its line is still broken by {@code word-wrap: break-word}.
 */
final class KeepAllLineBreaker implements FSTextBreaker {

	private final BreakIterator lines = BreakIterator.getLineInstance(Locale.KOREAN);

	private String text = "";

	@Override
	public void setText(String newText) {
		this.text = newText;
		this.lines.setText(newText);
	}

	@Override
	public int next() {
		int boundary = this.lines.next();
		while (boundary != BreakIterator.DONE && boundary > 0 && boundary < this.text.length()
				&& insideWord(this.text.charAt(boundary - 1), this.text.charAt(boundary))) {
			boundary = this.lines.next();
		}
		return boundary;
	}

	/** Whether a break between these characters would split a word containing Hangul. */
	static boolean insideWord(char before, char after) {
		return !Character.isWhitespace(before) && !Character.isWhitespace(after) && (hangul(before) || hangul(after));
	}

	private static boolean hangul(char c) {
		return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
	}

}
