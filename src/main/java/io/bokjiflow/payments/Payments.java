package io.bokjiflow.payments;

import java.util.List;
import java.util.UUID;

/**
 * The payments module's API.
 */
public interface Payments {

	/**
	 * Orders one payment (idempotent per key) and starts its payment process.
	 * @param request what to pay
	 * @return the order's id
	 */
	UUID order(PaymentOrderRequest request);

	/**
	 * Orders many payments at once (a selection run's batch), in one transaction; keys
	 * already ordered are skipped, so a resumed batch pays nobody twice.
	 * @param requests what to pay
	 * @return how many orders were new
	 */
	int orderAll(List<PaymentOrderRequest> requests);

	/**
	 * Orders the recovery (환수) of (part of) a paid payment.
	 * @param orderId a PAID order of the signed-in user's 시·군·구
	 * @param amountWon positive, and with the order's other open or collected recoveries
	 * at most the paid amount
	 * @param reason why (required)
	 * @return the recovery order's id
	 * @throws io.bokjiflow.shared.UserFacingException when the order is not paid, the
	 * amount too high or the reason missing
	 */
	UUID recover(UUID orderId, long amountWon, String reason);

	/**
	 * The PAID orders of a person for a program paid on or after a day, oldest first
	 * (e.g. to recover what was paid after a death).
	 * @param personId the recipient
	 * @param programCode the program
	 * @param paidFrom the first paid day to include
	 * @return the orders
	 */
	List<PaidOrder> paidOrders(UUID personId, String programCode, java.time.LocalDate paidFrom);

	/**
	 * Whether a program's legal basis allows payment into a seizure-protected account
	 * (the laws of {@code payments/protected-account-laws.yml}; FACTS.md e).
	 * @param legalBasis the program's legal basis as the catalogue states it
	 * @return whether it names one of those laws
	 */
	boolean seizureProtectedAllowed(String legalBasis);

}
