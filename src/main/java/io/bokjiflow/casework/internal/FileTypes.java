package io.bokjiflow.casework.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The type of an uploaded file, found from its first bytes (magic numbers) rather than
 * from its name, for the types a case accepts: PDF, PNG, JPEG, HWP (5.0, an OLE compound
 * file whose header stream names itself) and HWPX (a ZIP whose first entry is the
 * {@code mimetype} {@code application/hwp+zip}).
 */
final class FileTypes {

	static final String PDF = "application/pdf";

	static final String PNG = "image/png";

	static final String JPEG = "image/jpeg";

	static final String HWP = "application/x-hwp";

	static final String HWPX = "application/hwp+zip";

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] OLE_MAGIC = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
			0x1A, (byte) 0xE1 };

	private static final byte[] HWP_SIGNATURE = "HWP Document File".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	private static final byte[] HWPX_MIMETYPE = "mimetypeapplication/hwp+zip".getBytes(StandardCharsets.US_ASCII);

	private FileTypes() {
	}

	/**
	 * The content type of a file BokjiFlow accepts, or empty.
	 * @param content the file's bytes
	 * @return the type
	 */
	static Optional<String> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC)) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		// An OLE file is also a .doc or .xls: only one whose FileHeader stream says HWP
		// (within the first sectors) is taken.
		if (startsWith(content, OLE_MAGIC) && indexOf(content, HWP_SIGNATURE, 64 * 1024) >= 0) {
			return Optional.of(HWP);
		}
		// HWPX follows OCF: the first ZIP entry is "mimetype", stored, holding the type.
		if (startsWith(content, ZIP_MAGIC) && indexOf(content, HWPX_MIMETYPE, 128) == 30) {
			return Optional.of(HWPX);
		}
		return Optional.empty();
	}

	/** The file name extension that belongs to a type. */
	static String extension(String contentType) {
		return switch (contentType) {
			case PDF -> ".pdf";
			case PNG -> ".png";
			case JPEG -> ".jpg";
			case HWP -> ".hwp";
			case HWPX -> ".hwpx";
			default -> "";
		};
	}

	private static boolean startsWith(byte[] content, byte[] magic) {
		return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
	}

	private static int indexOf(byte[] content, byte[] needle, int within) {
		int end = Math.min(content.length, within) - needle.length;
		for (int i = 0; i <= end; i++) {
			if (Arrays.equals(content, i, i + needle.length, needle, 0, needle.length)) {
				return i;
			}
		}
		return -1;
	}

}
