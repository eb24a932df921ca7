package io.bokjiflow.casework.internal.notice;

import java.util.Locale;

import io.bokjiflow.casework.DecisionLetterUnavailableException;
import io.bokjiflow.casework.DecisionLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A decided case's decision letter as PDF, limited to the caller's 시·군·구 (the same rule
 * as the case evidence).
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "Applications, the public data they were decided on, and decisions")
class NoticePdfApi {

	private final DecisionLetters letters;

	NoticePdfApi(DecisionLetters letters) {
		this.letters = letters;
	}

	@GetMapping("/{applicationNo}/notice.pdf")
	@Operation(summary = "The decision letter (결정 통지서) of a decided case, as PDF",
			description = "Korean by default, English with lang=en. Visible to caseworkers and supervisors of the applicant's 시·군·구 "
					+ "and to administrators; 404 otherwise; 409 while the case is not decided.")
	@ApiResponse(responseCode = "200", description = "the letter",
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = MediaType.APPLICATION_PDF_VALUE))
	@ApiResponse(responseCode = "404", description = "no such case in the caller's 시·군·구")
	@ApiResponse(responseCode = "409", description = "the case is not decided yet")
	ResponseEntity<byte[]> notice(@PathVariable String applicationNo,
			@Parameter(description = "ko (default) or en") @RequestParam(defaultValue = "ko") String lang) {
		Locale locale = "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.KOREAN;
		byte[] pdf;
		try {
			pdf = this.letters.pdf(applicationNo, locale);
		}
		catch (DecisionLetterUnavailableException ex) {
			if (ex.reason() == DecisionLetterUnavailableException.Reason.NOT_DECIDED) {
				throw new ResponseStatusException(HttpStatus.CONFLICT,
						"The case is not decided yet: a decision letter exists only once the decision is recorded.");
			}
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(DecisionLetters.fileName(applicationNo)).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(pdf);
	}

}
