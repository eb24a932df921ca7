package io.bokjiflow.casework.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileTypesTest {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	@Test
	void shouldRecogniseAcceptedTypesByTheirFirstBytes() {
		assertThat(FileTypes.detect("%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1)))
			.contains("application/pdf");
		assertThat(FileTypes.detect(PNG)).contains("image/png");
		assertThat(FileTypes.detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16 }))
			.contains("image/jpeg");
	}

	@Test
	void shouldRefuseAnExecutableWhateverItsName() {
		byte[] exe = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 };
		assertThat(FileTypes.detect(exe)).isEmpty();
		assertThat(FileTypes.detect("<html><script>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(FileTypes.detect(new byte[] { '%', 'P', 'D' })).isEmpty();
		assertThat(FileTypes.detect(new byte[0])).isEmpty();
	}

	@Test
	void shouldTellHwpFromOtherOleFiles() {
		byte[] ole = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
		byte[] hwp = new byte[2048];
		System.arraycopy(ole, 0, hwp, 0, ole.length);
		byte[] signature = "HWP Document File".getBytes(StandardCharsets.US_ASCII);
		System.arraycopy(signature, 0, hwp, 1536, signature.length);
		assertThat(FileTypes.detect(hwp)).contains("application/x-hwp");

		byte[] doc = new byte[2048];
		System.arraycopy(ole, 0, doc, 0, ole.length);
		assertThat(FileTypes.detect(doc)).as("a Word 97 document is OLE too").isEmpty();
	}

	@Test
	void shouldTellHwpxFromOtherZipFiles() throws IOException {
		assertThat(FileTypes.detect(zip("application/hwp+zip"))).contains("application/hwp+zip");
		assertThat(FileTypes.detect(zip("application/epub+zip"))).isEmpty();
	}

	@Test
	void shouldSanitiseFileNames() {
		assertThat(CaseDocumentService.safeName("..\\..\\windows\\소득 증명.pdf", ".pdf")).isEqualTo("소득 증명.pdf");
		assertThat(CaseDocumentService.safeName("/etc/passwd", ".png")).isEqualTo("passwd.png");
		assertThat(CaseDocumentService.safeName("a\u0000b\r\n\"c\";.pdf", ".pdf")).isEqualTo("a_b___c__.pdf");
		assertThat(CaseDocumentService.safeName("..", ".pdf")).isEqualTo("attachment.pdf");
		assertThat(CaseDocumentService.safeName("scan.JPEG", ".jpg")).isEqualTo("scan.JPEG");
		assertThat(CaseDocumentService.safeName("x".repeat(300), ".pdf")).hasSize(204);
	}

	private static byte[] zip(String mimetype) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			byte[] content = mimetype.getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(content.length);
			CRC32 crc = new CRC32();
			crc.update(content);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(content);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("Contents/section0.xml"));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
