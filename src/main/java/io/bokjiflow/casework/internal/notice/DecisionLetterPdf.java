package io.bokjiflow.casework.internal.notice;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;

import org.springframework.stereotype.Component;

/**
 * Prints a {@link DecisionLetter} as an A4 PDF/A-2u document: an XHTML page laid out by
 * openhtmltopdf on Apache PDFBox, with Nanum Gothic (shipped in {@value #FONT_DIR}, OFL)
 * embedded as a subset, so Hangul shows in every viewer and the text can be searched and
 * copied.
 */
@Component
public class DecisionLetterPdf {

	/** Where the shipped font lives on the classpath. */
	public static final String FONT_DIR = "fonts/nanum/";

	static final String REGULAR = FONT_DIR + "NanumGothic.ttf";

	static final String BOLD = FONT_DIR + "NanumGothicBold.ttf";

	private static final String FAMILY = "NanumGothic";

	static {
		// openhtmltopdf logs every resource and font it touches at INFO through JUL.
		XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, java.util.logging.Level.WARNING));
	}

	private final byte[] regular;

	private final byte[] bold;

	private final byte[] srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

	/**
	 * Loads the shipped font once.
	 * @throws IllegalStateException when the font is not on the classpath
	 */
	public DecisionLetterPdf() {
		this.regular = read(REGULAR);
		this.bold = read(BOLD);
	}

	private static byte[] read(String resource) {
		try (InputStream in = DecisionLetterPdf.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("The Korean font " + resource
						+ " is missing from the classpath: decision letters cannot be printed without it");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Prints a letter.
	 * @param letter the letter
	 * @return the PDF
	 */
	public byte[] render(DecisionLetter letter) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		builder.useUnicodeLineBreaker(new KeepAllLineBreaker());
		builder.useFont(() -> new ByteArrayInputStream(this.regular), FAMILY, 400, FontStyle.NORMAL, true);
		builder.useFont(() -> new ByteArrayInputStream(this.bold), FAMILY, 700, FontStyle.NORMAL, true);
		builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
		builder.useColorProfile(this.srgb);
		builder.withHtmlContent(html(letter), null);
		builder.toStream(out);
		try {
			builder.run();
			return repairToUnicode(out.toByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not print the decision letter", ex);
		}
	}

	/**
	 * Makes spaces read back as spaces. Nanum Gothic maps U+0000–U+001F, U+0020 and
	 * U+00A0 to one blank glyph, and PDFBox writes the lowest of them, U+0000, into the
	 * font's ToUnicode map: viewers would copy and search the letter's spaces as NUL
	 * characters, and PDF/A forbids U+0000 there. Each single-glyph mapping to a control
	 * character becomes U+0020.
	 */
	static byte[] repairToUnicode(byte[] pdf) throws IOException {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			Set<COSStream> seen = new HashSet<>();
			boolean changed = false;
			for (PDPage page : doc.getPages()) {
				PDResources resources = page.getResources();
				for (COSName name : resources.getFontNames()) {
					COSStream toUnicode = resources.getFont(name).getCOSObject().getCOSStream(COSName.TO_UNICODE);
					if (toUnicode == null || !seen.add(toUnicode)) {
						continue;
					}
					String cmap;
					try (InputStream in = toUnicode.createInputStream()) {
						cmap = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
					}
					String repaired = CONTROL_RANGE.matcher(cmap).replaceAll("<$1> <$1> <0020>");
					repaired = CONTROL_CHAR.matcher(repaired).replaceAll("<$1> <0020>");
					if (!repaired.equals(cmap)) {
						try (OutputStream os = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
							os.write(repaired.getBytes(StandardCharsets.ISO_8859_1));
						}
						changed = true;
					}
				}
			}
			if (!changed) {
				return pdf;
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
			doc.save(out);
			return out.toByteArray();
		}
	}

	/** A bfrange entry of one glyph mapped to a control character. */
	private static final Pattern CONTROL_RANGE = Pattern
		.compile("<([0-9A-Fa-f]{4})>[ \\t]+<\\1>[ \\t]+<00[01][0-9A-Fa-f]>");

	/** A bfchar entry mapped to a control character. */
	private static final Pattern CONTROL_CHAR = Pattern
		.compile("(?m)^<([0-9A-Fa-f]{4})>[ \\t]+<00[01][0-9A-Fa-f]>[ \\t]*$");

	/** The letter as XHTML, the input of the layout. */
	String html(DecisionLetter letter) {
		StringBuilder h = new StringBuilder(8 * 1024);
		h.append("<!DOCTYPE html>\n<html lang=\"")
			.append(letter.locale().getLanguage())
			.append("\"><head><meta charset=\"UTF-8\"/>");
		h.append("<title>").append(esc(letter.title() + " · " + letter.applicationNo())).append("</title>");
		h.append("<meta name=\"author\" content=\"").append(esc(letter.issuer())).append("\"/>");
		h.append("<meta name=\"subject\" content=\"").append(esc(letter.applicationNo())).append("\"/>");
		h.append("<style>")
			.append(CSS)
			.append("</style></head><body class=\"")
			.append(letter.locale().getLanguage())
			.append("\">");

		h.append("<div class=\"footer\">").append(esc(letter.footer())).append(" · <span class=\"page\"></span></div>");
		h.append("<div class=\"institution\">").append(esc(letter.institution())).append("</div>");
		h.append("<h1>").append(esc(letter.title())).append("</h1>");

		h.append("<table class=\"addressee\">");
		row(h, letter.label("addressee"), esc(letter.addressee()));
		if (letter.address() != null) {
			row(h, letter.label("address"), esc(letter.address()));
		}
		h.append("</table>");

		h.append("<p class=\"intro\">").append(esc(letter.introduction())).append("</p>");

		h.append("<table class=\"facts\">");
		row(h, letter.label("applicationNo"), "<span class=\"number\">" + esc(letter.applicationNo()) + "</span>");
		row(h, letter.label("appliedOn"), esc(letter.format(letter.appliedOn())));
		row(h, letter.label("program"), esc(letter.programName()));
		row(h, letter.label("legalBasis"), esc(letter.legalBasis()));
		row(h, letter.label("decidedOn"), esc(letter.format(letter.decidedOn())));
		row(h, letter.label("decision"), "<span class=\"outcome " + (letter.approved() ? "approved" : "rejected")
				+ "\">" + esc(letter.outcomeText()) + "</span>");
		h.append("</table>");

		h.append("<h2>").append(esc(letter.label("reasons"))).append("</h2>");
		h.append("<table class=\"reasons\">");
		for (DecisionLetter.Reason reason : letter.reasons()) {
			boolean coded = reason.code() != null;
			row(h, esc(reason.label()),
					esc(reason.text()) + (coded ? " <span class=\"code\">" + esc(reason.code()) + "</span>" : ""));
		}
		h.append("</table>");

		if (letter.benefit() != null) {
			h.append("<h2>").append(esc(letter.label("benefit"))).append("</h2>");
			h.append("<p class=\"benefit\">").append(esc(letter.benefit())).append("</p>");
		}

		h.append("<h2>").append(esc(letter.label("rights"))).append("</h2><div class=\"rights\">");
		for (DecisionLetter.Right right : letter.rights()) {
			h.append("<p><span class=\"right\">")
				.append(esc(right.heading()))
				.append("</span> ")
				.append(esc(right.text()))
				.append("</p>");
		}
		h.append("</div>");

		h.append("<p class=\"issued\">").append(esc(letter.format(letter.decidedOn()))).append("</p>");
		h.append("<p class=\"issuer\">").append(esc(letter.issuer())).append("</p>");
		h.append("<p class=\"contact\">")
			.append(esc(letter.label("contact")))
			.append(": ")
			.append(esc(letter.contact()))
			.append("</p>");
		h.append("</body></html>");
		return h.toString();
	}

	private static void row(StringBuilder h, String label, String valueHtml) {
		h.append("<tr><th>").append(label).append("</th><td>").append(valueHtml).append("</td></tr>");
	}

	/** Escapes text for XHTML (the layout parses the page as XML). */
	static String esc(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> out.append("&amp;");
				case '<' -> out.append("&lt;");
				case '>' -> out.append("&gt;");
				case '"' -> out.append("&quot;");
				case '\'' -> out.append("&#39;");
				default -> {
					// Control characters are not allowed in XML; a caseworker's text may
					// hold
					// a tab or a line break, which print as a space.
					out.append(c < 0x20 ? ' ' : c);
				}
			}
		}
		return out.toString();
	}

	private static final String CSS = """
			@page { size: A4; margin: 15mm 19mm 17mm 19mm;
			  @bottom-center { content: element(footer); } }
			body { font-family: 'NanumGothic'; font-size: 10pt; line-height: 1.5; color: #1a1a1a; }
			.footer { position: running(footer); font-size: 7.5pt; color: #666666; text-align: center; }
			.page::after { content: counter(page) " / " counter(pages); }
			.institution { text-align: center; font-size: 11pt; letter-spacing: 1pt; color: #333333; }
			h1 { text-align: center; font-size: 17pt; font-weight: bold; margin: 1.5mm 0 4.5mm 0;
			  padding-bottom: 2.5mm; border-bottom: 1.5pt solid #1f3f6e; }
			h2 { font-size: 11pt; font-weight: bold; margin: 4.5mm 0 1.5mm 0; padding-left: 2mm;
			  border-left: 3pt solid #1f3f6e; }
			table { width: 100%; border-collapse: collapse; }
			td, p { word-wrap: break-word; }
			th { text-align: left; vertical-align: top; font-weight: bold; }
			table.addressee { margin-bottom: 3mm; }
			table.addressee th { width: 18mm; padding: 0.5mm 0; }
			table.addressee td { padding: 0.5mm 0; }
			table.facts th, table.reasons th { width: 30mm; background-color: #eef2f7;
			  border: 0.5pt solid #9aa7b8; padding: 1.1mm 2.5mm; }
			table.facts td, table.reasons td { border: 0.5pt solid #9aa7b8; padding: 1.1mm 2.5mm; }
			.code { font-size: 7.5pt; color: #555555; letter-spacing: 0.2pt; }
			table.reasons th { font-weight: normal; color: #333333; }
			.number { font-weight: bold; letter-spacing: 0.3pt; }
			.outcome { font-weight: bold; font-size: 11pt; }
			.approved { color: #0d5c2a; }
			.rejected { color: #8b1a1a; }
			.intro { margin: 2.5mm 0 2.5mm 0; }
			.benefit { margin: 0; padding: 0 2.5mm; }
			.rights { border: 0.8pt solid #1f3f6e; background-color: #f5f8fc; padding: 1mm 3.5mm; }
			.rights p { margin: 1.5mm 0; }
			.right { font-weight: bold; }
			.issued { text-align: center; margin: 6mm 0 0 0; font-size: 11pt; }
			.issuer { text-align: center; font-size: 15pt; font-weight: bold; letter-spacing: 2pt; margin: 2mm 0 4mm 0; }
			body.en table.facts th, body.en table.reasons th { width: 38mm; }
			body.en .institution, body.en .issuer { letter-spacing: 0; }
			.contact { font-size: 8.5pt; color: #333333; border-top: 0.5pt solid #9aa7b8; padding-top: 1.5mm; margin: 0; }
			""";

}
