package io.bokjiflow.payments;

import java.util.UUID;

/**
 * A bank refused a payment; a caseworker of the paying 시·군·구 gets a task to resolve it.
 *
 * @param orderId the order
 * @param orderNo its readable number
 * @param programCode the paying program
 * @param personId the recipient
 * @param sigunguCode the paying 시·군·구
 * @param resultCode the bank's result code
 * @param message the bank's message
 * @param idempotencyKey the key the order was placed with (e.g.
 * {@code selection:<runId>:<personId>}), so the program that ordered it finds its own
 * record
 */
public record PaymentFailed(UUID orderId, String orderNo, String programCode, UUID personId, String sigunguCode,
		String resultCode, String message, String idempotencyKey) {
}
