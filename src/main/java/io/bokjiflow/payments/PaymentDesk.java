package io.bokjiflow.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The payment work of a 시·군·구's caseworkers and supervisors (the payments view and the
 * file download): every method acts for the signed-in user's 시·군·구 only.
 */
public interface PaymentDesk {

	/**
	 * How an order number (the business key of its payment process and of its failure
	 * tasks) begins.
	 */
	String ORDER_NO_PREFIX = "PAY-";

	/**
	 * The orders of the user's 시·군·구 in a state, newest first.
	 * @param status the state
	 * @param limit at most this many
	 * @return the orders
	 */
	List<OrderView> orders(PaymentStatus status, int limit);

	/**
	 * An order of the user's 시·군·구 by its number.
	 * @param orderNo e.g. {@code PAY-0000000001}
	 * @return the order, if it is one of the user's 시·군·구
	 */
	java.util.Optional<OrderView> order(String orderNo);

	/**
	 * Collects the ORDERED bank-transfer orders of a 시·군·구 into a new batch.
	 * @param sigunguCode the user's 시·군·구
	 * @return the batch
	 * @throws io.bokjiflow.shared.UserFacingException when there is nothing to send
	 */
	BatchView createBatch(String sigunguCode);

	/**
	 * The batches of the user's 시·군·구, newest first.
	 * @return the batches
	 */
	List<BatchView> batches();

	/**
	 * The bank transfer file of a batch (docs/bank-file-layout.md); the clear account
	 * numbers are read from the registry now, audited, and never logged.
	 * @param batchId the batch
	 * @return the file
	 */
	BankFile batchFile(UUID batchId);

	/**
	 * Imports a bank's result file: each line marks its order PAID or FAILED; a line of
	 * an order that is no longer in a batch changes nothing (so a second import of the
	 * same file changes nothing).
	 * @param content the file, UTF-8 CSV
	 * @return what changed
	 * @throws ResultFileRejectedException when any line is malformed; nothing changes
	 * then
	 */
	ImportSummary importResults(byte[] content);

	/**
	 * Records that a cash payment was picked up at the community centre.
	 * @param orderId an ORDERED cash order of the user's 시·군·구
	 */
	void recordCashPickup(UUID orderId);

	/**
	 * Resolves the failure task of a FAILED order of the user's 시·군·구, as the task's form
	 * would: retry to another account, pay in cash, or cancel with a reason.
	 * @param orderId the order
	 * @param resolution RETRY_ACCOUNT, CASH or CANCEL
	 * @param cancelReason for CANCEL: why (5 to 500 characters)
	 */
	void resolveFailure(UUID orderId, String resolution, String cancelReason);

	/**
	 * The recovery (환수) orders of the user's 시·군·구, newest first.
	 * @return the recovery orders
	 */
	List<RecoveryView> recoveries();

	/**
	 * Settles an open recovery order.
	 * @param recoveryId the recovery order
	 * @param outcome COLLECTED or WAIVED
	 */
	void settleRecovery(UUID recoveryId, RecoveryStatus outcome);

	/**
	 * A payment order as a caseworker sees it (no account number).
	 *
	 * @param id the order
	 * @param orderNo its readable number
	 * @param programCode the paying program
	 * @param personId the recipient
	 * @param amountWon the amount
	 * @param route where it goes
	 * @param status its state
	 * @param reference what it is for
	 * @param resultCode the bank's result code, if any
	 * @param resultMessage the bank's message, if any
	 * @param orderedAt when it was ordered
	 * @param paidOn when it was paid, if it was
	 */
	record OrderView(UUID id, String orderNo, String programCode, UUID personId, long amountWon, PaymentRoute route,
			PaymentStatus status, String reference, String resultCode, String resultMessage, Instant orderedAt,
			LocalDate paidOn) {
	}

	/**
	 * A bank transfer batch.
	 *
	 * @param id the batch
	 * @param batchNo its readable number
	 * @param sigunguCode the paying 시·군·구
	 * @param orderCount how many orders it holds
	 * @param totalWon their total
	 * @param createdBy who created it
	 * @param createdAt when
	 */
	record BatchView(UUID id, String batchNo, String sigunguCode, int orderCount, long totalWon, String createdBy,
			Instant createdAt) {
	}

	/**
	 * A file to download.
	 *
	 * @param fileName the file name
	 * @param content the bytes (UTF-8 CSV)
	 */
	record BankFile(String fileName, byte[] content) {

		@Override
		public String toString() {
			return "BankFile[" + this.fileName + ", " + this.content.length + " bytes]";
		}

	}

	/**
	 * What a result import changed.
	 *
	 * @param lines data lines read
	 * @param paid orders marked PAID
	 * @param failed orders marked FAILED
	 * @param unchanged lines that changed nothing (already applied)
	 */
	record ImportSummary(int lines, int paid, int failed, int unchanged) {
	}

	/**
	 * A recovery (환수) order.
	 *
	 * @param id the recovery order
	 * @param orderId the payment order it recovers from
	 * @param orderNo that order's number
	 * @param programCode the program
	 * @param amountWon the amount to recover
	 * @param reason why
	 * @param status its state
	 * @param createdBy who ordered it
	 * @param createdAt when
	 */
	record RecoveryView(UUID id, UUID orderId, String orderNo, String programCode, long amountWon, String reason,
			RecoveryStatus status, String createdBy, Instant createdAt) {
	}

	/** The state of a recovery order. */
	enum RecoveryStatus {

		/** To be collected. */
		OPEN,
		/** Collected. */
		COLLECTED,
		/** Waived (e.g. the person cannot repay). */
		WAIVED

	}

}
