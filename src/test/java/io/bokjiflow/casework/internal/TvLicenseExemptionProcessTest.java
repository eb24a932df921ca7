package io.bokjiflow.casework.internal;

/** TV수신료 면제 (TV licence fee exemption): processes/support/tv-license-exemption.bpmn. */
class TvLicenseExemptionProcessTest extends SupportProcessTestBase {

	TvLicenseExemptionProcessTest() {
		super("TV_LICENSE_EXEMPTION");
		approvedBy("BASIC_LIVELIHOOD", facts().with("basicLivelihood", true).with("disability", true));
		rejectedBy("NO_QUALIFICATION", facts().with("nearPoor", true));
	}

}
