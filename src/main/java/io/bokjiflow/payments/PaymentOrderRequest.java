package io.bokjiflow.payments;

import java.util.UUID;

/**
 * A request to pay one person once.
 *
 * @param idempotencyKey unique per payment, e.g. {@code application:<no>} or
 * {@code selection:<runId>:<personId>}; ordering the same key again returns the first
 * order
 * @param programCode the paying program (catalogue code or local program code)
 * @param personId the recipient
 * @param amountWon the amount, positive
 * @param seizureProtectedAllowed whether the program's legal basis allows payment into a
 * seizure-protected account (FACTS.md e)
 * @param sigunguCode the paying 시·군·구 (whose caseworkers handle failures)
 * @param reference what the payment is for, shown to caseworkers (application number, run
 * name)
 */
public record PaymentOrderRequest(String idempotencyKey, String programCode, UUID personId, long amountWon,
		boolean seizureProtectedAllowed, String sigunguCode, String reference) {

	public PaymentOrderRequest {
		if (idempotencyKey == null || idempotencyKey.isBlank()) {
			throw new IllegalArgumentException("idempotencyKey is required");
		}
		if (amountWon <= 0) {
			throw new IllegalArgumentException("amountWon must be positive");
		}
	}

}
