package io.bokjiflow.casework.internal;

/** 아이돌봄서비스 (Child-care service at home): processes/support/child-care-service.bpmn. */
class ChildCareServiceProcessTest extends SupportProcessTestBase {

	ChildCareServiceProcessTest() {
		super("CHILD_CARE_SERVICE", ApprovedStep.GOVERNMENT_SHARE);
		approvedBy("BAND_GA",
				facts().with("youngestChildAge", 5).with("employmentInsured", true).with("incomePercentOfMedian", 60));
		rejectedBy("NO_CHILD_IN_AGE", facts().with("employmentInsured", true).with("incomePercentOfMedian", 60));
	}

}
