package io.bokjiflow.openmarket.internal;

/**
 * The kinds of benefit records of a local-program case ({@code om_case_benefit.kind}).
 */
final class BenefitKinds {

	static final String VOUCHER_ISSUED = "VOUCHER_ISSUED";

	static final String REDUCTION_REGISTERED = "REDUCTION_REGISTERED";

	static final String DELIVERED = "DELIVERED";

	static final String BENEFIT_ENDED = "BENEFIT_ENDED";

	private BenefitKinds() {
	}

}
