package io.bokjiflow.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A file kept with a case (its bytes are fetched with
 * {@link CaseDocuments#download(String, UUID)}).
 *
 * @param id the attachment id
 * @param applicationNo the case
 * @param filename the original file name, sanitised
 * @param contentType the type found from the content (not from the name)
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, hex
 * @param uploadedBy the uploader's user name
 * @param uploadedByName the uploader's display name when uploaded
 * @param uploadedAt when it was uploaded
 */
public record Attachment(UUID id, String applicationNo, String filename, String contentType, long size, String sha256,
		String uploadedBy, String uploadedByName, Instant uploadedAt) {
}
