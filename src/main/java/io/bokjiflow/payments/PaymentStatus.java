package io.bokjiflow.payments;

/**
 * The state of a payment order: ORDERED → IN_BATCH → PAID or FAILED; a failed order is
 * ORDERED again after a retry, or CANCELLED.
 */
public enum PaymentStatus {

	/** Ordered and routed, waiting for a batch (or for the cash pick-up). */
	ORDERED,
	/** In a bank transfer batch, waiting for the bank's result. */
	IN_BATCH,
	/** Paid. */
	PAID,
	/** The bank refused the transfer; a caseworker decides what next. */
	FAILED,
	/** Not to be paid (a caseworker's decision with a reason). */
	CANCELLED

}
