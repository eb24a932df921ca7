package io.bokjiflow.casework;

import java.util.List;
import java.util.UUID;

/**
 * Comments and file attachments of a case, for the users who may see the case (the
 * applicant's 시·군·구 and administrators); for anybody else a case does not exist.
 */
public interface CaseDocuments {

	/** The longest comment, in characters. */
	int MAX_COMMENT_LENGTH = 2000;

	/** The largest attachment, in bytes (10 MB). */
	long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

	/**
	 * The comments of a case, oldest first.
	 * @param applicationNo the case
	 * @return the comments
	 * @throws io.bokjiflow.shared.UserFacingException
	 * {@code attachment.error.caseNotFound}
	 */
	List<Comment> comments(String applicationNo);

	/**
	 * Adds the signed-in user's comment.
	 * @param applicationNo the case
	 * @param text 1 to {@value #MAX_COMMENT_LENGTH} characters
	 * @return the comment
	 * @throws io.bokjiflow.shared.UserFacingException {@code comment.error.empty},
	 * {@code comment.error.tooLong} or {@code attachment.error.caseNotFound}
	 */
	Comment comment(String applicationNo, String text);

	/**
	 * The attachments of a case, oldest first (without their bytes).
	 * @param applicationNo the case
	 * @return the attachments
	 */
	List<Attachment> attachments(String applicationNo);

	/**
	 * Keeps a file with a case, completely or not at all: PDF, PNG, JPEG, HWP or HWPX as
	 * found from its first bytes, at most {@link #MAX_ATTACHMENT_BYTES}.
	 * @param applicationNo the case
	 * @param filename the name the user's file had
	 * @param content the bytes
	 * @return the attachment
	 * @throws io.bokjiflow.shared.UserFacingException {@code attachment.error.empty},
	 * {@code attachment.error.tooLarge}, {@code attachment.error.type} or
	 * {@code attachment.error.caseNotFound}
	 */
	Attachment attach(String applicationNo, String filename, byte[] content);

	/**
	 * An attachment with its bytes, checked against the SHA-256 stored with it.
	 * @param applicationNo the case
	 * @param attachmentId the attachment
	 * @return the attachment and its bytes
	 * @throws io.bokjiflow.shared.UserFacingException {@code attachment.error.notFound}
	 * @throws IllegalStateException when the stored bytes no longer match their checksum
	 */
	Download download(String applicationNo, UUID attachmentId);

	/**
	 * An attachment and its bytes.
	 *
	 * @param attachment the attachment
	 * @param content the bytes
	 */
	record Download(Attachment attachment, byte[] content) {
	}

}
