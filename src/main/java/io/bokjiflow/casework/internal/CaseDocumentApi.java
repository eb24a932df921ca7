package io.bokjiflow.casework.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.casework.Attachment;
import io.bokjiflow.casework.CaseDocuments;
import io.bokjiflow.casework.Comment;
import io.bokjiflow.shared.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's comments and attachments, limited to the caller's 시·군·구 (the rule of the case
 * evidence); behind the same login as the rest of {@code /api}.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Applications, the public data they were decided on, and decisions")
class CaseDocumentApi {

	private final CaseDocuments documents;

	CaseDocumentApi(CaseDocuments documents) {
		this.documents = documents;
	}

	@GetMapping("/{applicationNo}/comments")
	@Operation(summary = "The comments of a case, oldest first")
	List<Comment> comments(@PathVariable String applicationNo) {
		try {
			return this.documents.comments(applicationNo);
		}
		catch (UserFacingException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@GetMapping("/{applicationNo}/attachments")
	@Operation(summary = "The attachments of a case (without their content), oldest first")
	List<Attachment> attachments(@PathVariable String applicationNo) {
		try {
			return this.documents.attachments(applicationNo);
		}
		catch (UserFacingException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	@GetMapping("/{applicationNo}/attachments/{id}")
	@Operation(summary = "An attachment's content, as a download",
			description = "Checked against its SHA-256 before it is sent (500 if it no longer matches). Visible to "
					+ "users of the applicant's 시·군·구 and to administrators; 404 otherwise.")
	@ApiResponse(responseCode = "200", description = "the file")
	@ApiResponse(responseCode = "404", description = "no such attachment of a case in the caller's 시·군·구")
	ResponseEntity<byte[]> download(@PathVariable String applicationNo, @PathVariable String id) {
		UUID attachmentId;
		try {
			attachmentId = UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		CaseDocuments.Download download;
		try {
			download = this.documents.download(applicationNo, attachmentId);
		}
		catch (UserFacingException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.attachment().contentType()))
			.contentLength(download.content().length)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.attachment().filename(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Checksum-SHA256", download.attachment().sha256())
			.cacheControl(CacheControl.noStore())
			.body(download.content());
	}

}
