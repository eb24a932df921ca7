package io.bokjiflow.casework;

import java.time.Instant;
import java.util.UUID;

/**
 * A caseworker's note on a case.
 *
 * @param id the comment id
 * @param applicationNo the case
 * @param author the author's user name
 * @param authorName the author's display name when written
 * @param createdAt when it was written
 * @param text the text (at most {@link CaseDocuments#MAX_COMMENT_LENGTH} characters)
 */
public record Comment(UUID id, String applicationNo, String author, String authorName, Instant createdAt, String text) {
}
