package io.bokjiflow.catalog;

/**
 * The kind of benefit a program gives.
 */
public enum BenefitKind {

	/** Money paid to the beneficiary (현금). */
	CASH,

	/** Goods or services provided (현물·서비스). */
	IN_KIND,

	/** A voucher or card to spend on a purpose (바우처·이용권). */
	VOUCHER,

	/** A fee, charge or contribution reduced or waived (감면). */
	REDUCTION,

	/** Housing: rental homes, rent support, housing loans (주거). */
	HOUSING

}
