package io.bokjiflow.registry;

/**
 * The kind of an account benefits are paid into.
 */
public enum BankAccountKind {

	/** An ordinary account. */
	NORMAL,
	/**
	 * A seizure-protected benefit account (행복지킴이통장, NBLSA Art. 27-2): only benefits may
	 * be paid into it and they cannot be seized.
	 */
	SEIZURE_PROTECTED

}
