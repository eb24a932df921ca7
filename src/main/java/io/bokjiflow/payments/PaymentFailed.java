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
 */
public record PaymentFailed(UUID orderId, String orderNo, String programCode, UUID personId, String sigunguCode,
		String resultCode, String message) {
}
