package io.bokjiflow.casework.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.text.Normalizer;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.casework.Attachment;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.Comment;
import io.bokjiflow.identity.CurrentUser;
import io.bokjiflow.identity.Identity;
import io.bokjiflow.shared.UserFacingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments ({@code cw_comment}) and attachments ({@code cw_attachment}, bytes in
 * PostgreSQL with their SHA-256) of the cases the signed-in user may see.
 */
@Service
@Transactional
class CaseDocumentService implements CaseDocuments {

	private static final Logger log = LoggerFactory.getLogger(CaseDocumentService.class);

	private static final String ATTACHMENT_COLUMNS = "id, filename, content_type, size_bytes, sha256, uploaded_by, "
			+ "uploaded_by_name, uploaded_at";

	private final JdbcTemplate jdbc;

	private final ApplicationRepository applications;

	private final Identity identity;

	private final Clock clock;

	private final CaseworkService casework;

	CaseDocumentService(JdbcTemplate jdbc, ApplicationRepository applications, Identity identity, Clock clock,
			CaseworkService casework) {
		this.casework = casework;
		this.jdbc = jdbc;
		this.applications = applications;
		this.identity = identity;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Comment> comments(String applicationNo) {
		UUID applicationId = visibleCase(applicationNo);
		return this.jdbc.query(
				"select id, author, author_name, created_at, body from cw_comment where application_id = ? "
						+ "order by created_at, id",
				(rs, n) -> new Comment(rs.getObject(1, UUID.class), applicationNo, rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getString(5)),
				applicationId);
	}

	@Override
	public Comment comment(String applicationNo, String text) {
		UUID applicationId = visibleCase(applicationNo);
		String body = text == null ? "" : text.strip();
		if (body.isEmpty()) {
			throw new UserFacingException("comment.error.empty");
		}
		if (body.codePointCount(0, body.length()) > MAX_COMMENT_LENGTH || body.length() > MAX_COMMENT_LENGTH) {
			throw new UserFacingException("comment.error.tooLong", MAX_COMMENT_LENGTH);
		}
		CurrentUser user = this.identity.currentUser();
		Comment comment = new Comment(UUID.randomUUID(), applicationNo, user.username(), user.displayName(),
				this.clock.instant(), body);
		this.jdbc.update(
				"insert into cw_comment (id, application_id, author, author_name, created_at, body) "
						+ "values (?, ?, ?, ?, ?, ?)",
				comment.id(), applicationId, comment.author(), comment.authorName(),
				Timestamp.from(comment.createdAt()), body);
		return comment;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Attachment> attachments(String applicationNo) {
		UUID applicationId = visibleCase(applicationNo);
		return this.jdbc.query(
				"select " + ATTACHMENT_COLUMNS
						+ " from cw_attachment where application_id = ? order by uploaded_at, id",
				attachment(applicationNo), applicationId);
	}

	@Override
	public Attachment attach(String applicationNo, String filename, byte[] content) {
		UUID applicationId = visibleCase(applicationNo);
		if (content == null || content.length == 0) {
			throw new UserFacingException("attachment.error.empty");
		}
		if (content.length > MAX_ATTACHMENT_BYTES) {
			throw new UserFacingException("attachment.error.tooLarge", MAX_ATTACHMENT_BYTES / (1024 * 1024));
		}
		String type = FileTypes.detect(content)
			.orElseThrow(() -> new UserFacingException("attachment.error.type", safeName(filename, "")));
		CurrentUser user = this.identity.currentUser();
		Attachment attachment = new Attachment(UUID.randomUUID(), applicationNo,
				safeName(filename, FileTypes.extension(type)), type, content.length, sha256(content), user.username(),
				user.displayName(), this.clock.instant());
		this.jdbc.update(
				"insert into cw_attachment (" + ATTACHMENT_COLUMNS + ", application_id, content) "
						+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				attachment.id(), attachment.filename(), attachment.contentType(), attachment.size(),
				attachment.sha256(), attachment.uploadedBy(), attachment.uploadedByName(),
				Timestamp.from(attachment.uploadedAt()), applicationId, content);
		return attachment;
	}

	@Override
	@Transactional(readOnly = true)
	public Download download(String applicationNo, UUID attachmentId) {
		UUID applicationId = visibleCase(applicationNo);
		List<Download> found = this.jdbc.query(
				"select " + ATTACHMENT_COLUMNS + ", content from cw_attachment where id = ? and application_id = ?",
				(rs, n) -> new Download(attachment(applicationNo).mapRow(rs, n), rs.getBytes("content")), attachmentId,
				applicationId);
		if (found.isEmpty()) {
			throw new UserFacingException("attachment.error.notFound");
		}
		Download download = found.get(0);
		if (!sha256(download.content()).equals(download.attachment().sha256())) {
			String correlationId = UUID.randomUUID().toString();
			log.error("Attachment {} no longer matches its SHA-256 [correlation {}]", attachmentId, correlationId);
			throw new IllegalStateException("Attachment checksum mismatch [correlation " + correlationId + "]");
		}
		return download;
	}

	/**
	 * The case's id when the user may see it — the rule of the case file: users of the
	 * applicant's 시·군·구, and administrators; for anybody else the case does not exist.
	 */
	private UUID visibleCase(String applicationNo) {
		return this.applications.findByApplicationNo(applicationNo == null ? "" : applicationNo)
			.filter(this.casework::visibleToCurrentUser)
			.map(ApplicationEntity::id)
			.orElseThrow(() -> new UserFacingException("attachment.error.caseNotFound"));
	}

	private static RowMapper<Attachment> attachment(String applicationNo) {
		return (rs, n) -> new Attachment(rs.getObject("id", UUID.class), applicationNo, rs.getString("filename"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
				rs.getString("uploaded_by"), rs.getString("uploaded_by_name"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

	/**
	 * A file name safe to store and to send back in a header: the last path segment,
	 * without control or path characters, at most 200 characters, with the extension of
	 * the type found when the name lacks it.
	 */
	static String safeName(String filename, String extension) {
		String name = filename == null ? "" : Normalizer.normalize(filename, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cntrl}<>:\"|?*;]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.isBlank()) {
			name = "attachment";
		}
		if (name.length() > 200) {
			name = name.substring(0, 200);
		}
		if (!extension.isEmpty() && !name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
				&& !(extension.equals(".jpg") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
			name = name + extension;
		}
		return name;
	}

	static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
