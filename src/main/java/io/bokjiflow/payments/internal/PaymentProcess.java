package io.bokjiflow.payments.internal;

/**
 * The payment process ({@code processes/payments/payment-order.bpmn}): its key, message
 * and variable names.
 */
final class PaymentProcess {

	static final String KEY = "payment-order";

	/** The message of a payment's result (bank import or cash pick-up). */
	static final String RESULT_MESSAGE = "PaymentResult";

	/** The order's id: the only variable set at the start. */
	static final String ORDER_ID = "orderId";

	/** PAID or FAILED, with the result message. */
	static final String RESULT = "paymentResult";

	/** On failure: the candidate group of the failure task. */
	static final String CASEWORKER_GROUP = "caseworkerGroup";

	/** On failure: the bank's code and message, shown in the failure form. */
	static final String FAILURE_REASON = "failureReason";

	/** The failure form's choice: RETRY_ACCOUNT, CASH or CANCEL. */
	static final String RESOLUTION = "resolution";

	/** The failure form's reason of a cancellation. */
	static final String CANCEL_REASON = "cancelReason";

	/** Who resolved the failure task. */
	static final String RESOLVED_BY = "resolvedBy";

	private PaymentProcess() {
	}

}
