package io.bokjiflow.payments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A payment was made (published in the transaction that recorded it; listeners act after
 * commit).
 *
 * @param orderId the order
 * @param orderNo its readable number
 * @param programCode the paying program
 * @param personId the recipient
 * @param sigunguCode the paying 시·군·구 (the agency code of the benefit record)
 * @param amountWon the amount paid
 * @param paidOn the day it was paid
 * @param route where it went
 * @param idempotencyKey the key the order was placed with (e.g.
 * {@code selection:<runId>:<personId>}), so the program that ordered it finds its own
 * record
 */
public record PaymentIssued(UUID orderId, String orderNo, String programCode, UUID personId, String sigunguCode,
		long amountWon, LocalDate paidOn, PaymentRoute route, String idempotencyKey) {
}
