package io.bokjiflow.payments;

/**
 * Where a payment goes (FACTS.md e; NBLSA Art. 27-2②, 35②).
 */
public enum PaymentRoute {

	/**
	 * The person's seizure-protected benefit account (행복지킴이통장): only where the program's
	 * legal basis allows it.
	 */
	SEIZURE_PROTECTED_ACCOUNT,
	/** The person's ordinary account. */
	NORMAL_ACCOUNT,
	/** Cash picked up at the community centre (행정복지센터), when there is no account. */
	CASH_AT_CENTRE;

	/** Whether the payment goes to the bank in a transfer batch. */
	public boolean byBankTransfer() {
		return this != CASH_AT_CENTRE;
	}

}
