package io.bokjiflow.payments.internal;

import java.util.UUID;

import io.bokjiflow.payments.PaymentDesk;
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
 * The bank transfer file of a batch, for the caseworkers and supervisors of the batch's
 * 시·군·구 only.
 */
@RestController
@RequestMapping("/api/payments")
@Tag(name = "Payments", description = "Payment orders, bank transfer batches and their files")
class PaymentFileApi {

	private final PaymentDesk desk;

	PaymentFileApi(PaymentDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/batches/{batchId}/file")
	@Operation(summary = "The bank transfer file (UTF-8 CSV, docs/bank-file-layout.md) of a batch",
			description = "Holds clear account numbers: every download is audited in the registry. Caseworkers "
					+ "and supervisors of the batch's 시·군·구 only; 404 for anybody else.")
	@ApiResponse(responseCode = "200", description = "the file")
	@ApiResponse(responseCode = "403", description = "not a caseworker or supervisor of a 시·군·구")
	@ApiResponse(responseCode = "404", description = "no such batch in the caller's 시·군·구")
	ResponseEntity<byte[]> file(@PathVariable UUID batchId) {
		PaymentDesk.BankFile file;
		try {
			file = this.desk.batchFile(batchId);
		}
		catch (UserFacingException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(file.fileName()).build().toString())
			.cacheControl(CacheControl.noStore())
			.body(file.content());
	}

}
