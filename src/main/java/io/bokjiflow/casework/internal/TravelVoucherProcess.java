package io.bokjiflow.casework.internal;

/**
 * Backing class of {@code processes/support/travel-voucher.bpmn} (여행바우처): its key and the
 * ids of its elements, so code and tests never spell them twice.
 */
final class TravelVoucherProcess {

	static final String KEY = "travel-voucher";

	static final String DECISION_KEY = "travel-voucher-eligibility";

	static final String REVIEW_FORM = "travel-voucher-review";

	/** Element ids of the model. */
	enum Element {

		start_application_registered, service_fetch_qualification, business_rule_check_eligibility, gateway_eligible,
		user_review_application, service_record_decision, service_record_notice, end_decided

	}

	private TravelVoucherProcess() {
	}

}
