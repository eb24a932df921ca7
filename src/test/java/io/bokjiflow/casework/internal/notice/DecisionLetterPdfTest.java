package io.bokjiflow.casework.internal.notice;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed letter is a real PDF whose Korean text is embedded with its font: what a
 * text extractor reads back is what the letter says. Writes samples to
 * {@code target/sample-notice*.pdf} and the first page of the Korean one as
 * {@code target/sample-notice.png}.
 */
class DecisionLetterPdfTest {

	private static final DecisionLetterPdf PRINTER = new DecisionLetterPdf();

	private static TrueTypeFont font;

	@BeforeAll
	static void readFont() throws IOException {
		try (InputStream in = DecisionLetterPdf.class.getClassLoader().getResourceAsStream(DecisionLetterPdf.REGULAR)) {
			font = new TTFParser().parse(new RandomAccessReadBuffer(in));
		}
	}

	@AfterAll
	static void closeFont() throws IOException {
		font.close();
	}

	@Test
	void shouldPrintAnApprovalWhoseKoreanTextCanBeReadBack() throws IOException {
		DecisionLetter letter = LetterFixtures.builder(LetterFixtures.approvedOnReview()).build();
		byte[] pdf = PRINTER.render(letter);
		Path sample = Path.of("target/sample-notice.pdf");
		Files.createDirectories(sample.getParent());
		Files.write(sample, pdf);

		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).as("one A4 page").isEqualTo(1);
			String raw = new PDFTextStripper().getText(doc);
			assertThat(raw).as("spaces read back as spaces").doesNotContain("\u0000");
			String text = raw.replaceAll("\\s+", " ");
			assertThat(text).contains("TV-2026-000123", "이의신청", "90일", "여행바우처 신청 결정 통지서", "김*희 귀하", "서울특별시 강남구청장", "승인",
					"REVIEW_APPROVE", "BASIC_LIVELIHOOD", "관광진흥법", "국민기초생활보장 수급자", "2026년 3월 5일");
			assertThat(fontsOf(doc)).isNotEmpty().allSatisfy(f -> {
				assertThat(f.isEmbedded()).as("%s embedded", f.getName()).isTrue();
				assertThat(f.getName()).contains("NanumGothic");
			});
			assertThat(doc.getDocumentInformation().getTitle()).contains("TV-2026-000123");
			assertThat(doc.getDocumentCatalog().getMetadata()).as("PDF/A metadata").isNotNull();
			BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 110);
			ImageIO.write(page, "png", Path.of("target/sample-notice.png").toFile());
		}
	}

	@Test
	void shouldPrintARejectionAndTheEnglishVersion() throws IOException {
		DecisionLetter rejected = LetterFixtures
			.builder(LetterFixtures.rejectedOnReview("<확인> & 안내: 신청일 현재 주소가 다른 시·군·구에 있어 지원 대상이 아닙니다."))
			.build();
		byte[] pdf = PRINTER.render(rejected);
		Files.write(Path.of("target/sample-notice-rejected.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("기각", "담당 공무원 의견", "<확인> & 안내", "이의신청", "90일", "행정심판");
			assertThat(text).doesNotContain("지원 내용");
		}

		DecisionLetter english = LetterFixtures.builder(LetterFixtures.rejectedByRule()).locale(Locale.ENGLISH).build();
		byte[] englishPdf = PRINTER.render(english);
		Files.write(Path.of("target/sample-notice-en.pdf"), englishPdf);
		try (PDDocument doc = Loader.loadPDF(englishPdf)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("TV-2026-000123", "Objection", "within 90 days of receiving this notice",
					"Head of Gangnam-gu, Seoul", "SIMULATOR: 사회보장정보원");
		}
	}

	@Test
	void shouldHaveAGlyphForEveryCharacterALetterPrintsAndEveryHangulSyllable() throws IOException {
		CmapLookup cmap = font.getUnicodeCmapLookup();
		List<String> printed = new ArrayList<>();
		for (var file : List.of(LetterFixtures.approvedOnReview(), LetterFixtures.rejectedByRule(),
				LetterFixtures.rejectedOnReview("사유"))) {
			for (Locale locale : List.of(Locale.KOREAN, Locale.ENGLISH)) {
				DecisionLetter l = LetterFixtures.builder(file).locale(locale).build();
				printed.addAll(l.labels().values());
				printed.addAll(
						Stream
							.of(l.title(), l.addressee(), l.address(), l.programName(), l.legalBasis(), l.outcomeText(),
									l.introduction(), l.benefit(), l.issuer(), l.institution(), l.contact(), l.footer(),
									l.format(l.decidedOn()))
							.filter(s -> s != null)
							.toList());
				l.reasons().forEach(r -> printed.add(r.label() + r.text()));
				l.rights().forEach(r -> printed.add(r.heading() + r.text()));
			}
		}
		printed.stream()
			.flatMapToInt(String::codePoints)
			.filter(c -> !Character.isWhitespace(c))
			.distinct()
			.forEach(c -> assertThat(cmap.getGlyphId(c)).as("glyph for U+%04X %s", c, Character.toString(c))
				.isPositive());
		for (int syllable = 0xAC00; syllable <= 0xD7A3; syllable++) {
			assertThat(cmap.getGlyphId(syllable)).as("Hangul syllable U+%04X", syllable).isPositive();
		}
	}

	@Test
	void shouldBreakKoreanLinesBetweenWordsOnly() {
		KeepAllLineBreaker breaker = new KeepAllLineBreaker();
		String text = "서울특별시 강남구청장에게 이의신청(제17조)을 하실 수 있습니다.";
		breaker.setText(text);
		List<String> pieces = new ArrayList<>();
		int start = 0;
		for (int end = breaker.next(); end != -1; end = breaker.next()) {
			pieces.add(text.substring(start, end));
			start = end;
		}
		assertThat(pieces).containsExactly("서울특별시 ", "강남구청장에게 ", "이의신청(제17조)을 ", "하실 ", "수 ", "있습니다.");
	}

	private static List<PDFont> fontsOf(PDDocument doc) throws IOException {
		List<PDFont> fonts = new ArrayList<>();
		PDResources resources = doc.getPage(0).getResources();
		for (var name : resources.getFontNames()) {
			fonts.add(resources.getFont(name));
		}
		return fonts;
	}

}
