package io.bokjiflow.casework.internal;

/**
 * 기존주택 전세임대 (Jeonse rental of existing housing): processes/support/jeonse-rental.bpmn.
 */
class JeonseRentalProcessTest extends SupportProcessTestBase {

	JeonseRentalProcessTest() {
		super("JEONSE_RENTAL", ApprovedStep.WAITING_LIST);
		approvedBy("LIVELIHOOD_OR_MEDICAL",
				facts().with("homeless", true).with("basicLivelihood", true).with("livelihoodOrMedical", true));
		rejectedBy("NOT_HOMELESS", facts().with("basicLivelihood", true).with("livelihoodOrMedical", true));
	}

}
