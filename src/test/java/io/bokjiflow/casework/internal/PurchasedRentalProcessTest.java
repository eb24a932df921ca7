package io.bokjiflow.casework.internal;

/**
 * 기존주택 매입임대 (Purchased existing-housing rental): processes/support/purchased-rental.bpmn.
 */
class PurchasedRentalProcessTest extends SupportProcessTestBase {

	PurchasedRentalProcessTest() {
		super("PURCHASED_RENTAL", ApprovedStep.WAITING_LIST);
		approvedBy("LIVELIHOOD_OR_MEDICAL",
				facts().with("homeless", true).with("basicLivelihood", true).with("livelihoodOrMedical", true));
		rejectedBy("NOT_HOMELESS", facts().with("basicLivelihood", true).with("livelihoodOrMedical", true));
	}

}
