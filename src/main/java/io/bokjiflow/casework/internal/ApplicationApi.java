package io.bokjiflow.casework.internal;

import java.net.URI;
import java.util.Locale;

import io.bokjiflow.casework.ApplicationSummary;
import io.bokjiflow.casework.Casework;
import io.bokjiflow.casework.IdempotencyKeyReusedException;
import io.bokjiflow.casework.NewApplication;
import io.bokjiflow.registry.InvalidRrnException;
import io.bokjiflow.shared.ApiProblems;
import io.bokjiflow.shared.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Registers applications for other systems (a counter application, a kiosk): the same
 * rules as the caseworker's form, and an {@code Idempotency-Key} so a retried call
 * creates one application.
 */
@RestController
@RequestMapping("/api/applications")
@Tag(name = "Applications", description = "Registering an application on behalf of a caseworker")
class ApplicationApi {

	/** Longest key the casework table stores. */
	static final int MAX_KEY_LENGTH = 64;

	private final Casework casework;

	ApplicationApi(Casework casework) {
		this.casework = casework;
	}

	/**
	 * An application as typed at the counter.
	 *
	 * @param programCode the catalogue code of the program
	 * @param rrn the applicant's resident registration number
	 * @param name the applicant's name
	 * @param address the street address
	 * @param adminDongCode the 행정동 code of the address
	 * @param consent whether the applicant consented to the use of public data
	 * @param financialConsent whether the financial-data consent form was handed in
	 */
	record ApplicationRequest(String programCode, String rrn, String name, String address, String adminDongCode,
			boolean consent, boolean financialConsent) {

		@Override
		public String toString() {
			return "ApplicationRequest[program=" + this.programCode + "]";
		}

	}

	@PostMapping
	@Operation(summary = "Register an application",
			description = "Caseworkers only. A call repeated with the same Idempotency-Key answers as the first "
					+ "one did, with the application it created, and creates no second one, also when the calls "
					+ "run at the same time; the same key with another body is refused with 422. Errors are problem details with a Korean or English "
					+ "message (Accept-Language).")
	ResponseEntity<ApplicationSummary> submit(
			@Parameter(
					description = "A key the client keeps for one application, at most 64 characters") @RequestHeader(
							name = "Idempotency-Key", required = false) String idempotencyKey,
			@RequestBody ApplicationRequest request) {
		if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH)) {
			throw new UserFacingException("api.error.idempotencyKey", MAX_KEY_LENGTH);
		}
		ApplicationSummary summary = this.casework
			.submit(new NewApplication(request.programCode(), request.rrn(), request.name(), request.address(),
					request.adminDongCode(), request.consent(), request.financialConsent(), idempotencyKey));
		return ResponseEntity.created(URI.create("/api/cases/" + summary.applicationNo() + "/evidence")).body(summary);
	}

	@ExceptionHandler(IdempotencyKeyReusedException.class)
	ProblemDetail keyReused(IdempotencyKeyReusedException e, Locale locale) {
		return ApiProblems.problem(HttpStatus.UNPROCESSABLE_ENTITY, e.messageKey(), locale);
	}

	@ExceptionHandler(InvalidRrnException.class)
	ProblemDetail invalidRrn(InvalidRrnException e, Locale locale) {
		return ApiProblems.problem(HttpStatus.BAD_REQUEST, e.messageKey(), locale);
	}

}
