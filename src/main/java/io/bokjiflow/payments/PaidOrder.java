package io.bokjiflow.payments;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A PAID payment order and how much of it can still be recovered.
 *
 * @param orderId the order
 * @param orderNo its readable number
 * @param sigunguCode the paying 시·군·구
 * @param paidOn the day it was paid
 * @param amountWon the amount paid
 * @param recoverableWon the amount minus its open or collected recoveries
 */
public record PaidOrder(UUID orderId, String orderNo, String sigunguCode, LocalDate paidOn, long amountWon,
		long recoverableWon) {
}
