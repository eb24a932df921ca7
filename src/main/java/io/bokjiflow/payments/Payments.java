package io.bokjiflow.payments;

import java.util.List;

/**
 * The payments module's API.
 */
public interface Payments {

	/**
	 * Orders one payment (idempotent per key) and starts its payment process.
	 * @param request what to pay
	 * @return the order's id
	 */
	java.util.UUID order(PaymentOrderRequest request);

	/**
	 * Orders many payments at once (a selection run's batch), in one transaction; keys
	 * already ordered are skipped, so a resumed batch pays nobody twice.
	 * @param requests what to pay
	 * @return how many orders were new
	 */
	int orderAll(List<PaymentOrderRequest> requests);

}
