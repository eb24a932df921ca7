package io.bokjiflow.casework;

/**
 * What a caseworker types to register an application.
 *
 * @param programCode the catalogue code of the program
 * @param rrn the applicant's resident registration number as typed
 * @param name the applicant's name
 * @param address the street address
 * @param adminDongCode the 행정동 code of the applicant's address
 * @param consent whether the applicant consented to the use of public data
 * @param financialConsent whether the signed financial-data consent form (금융정보 등 제공 동의서)
 * was handed in with the application; programs that query financial assets wait for it
 * otherwise
 * @param idempotencyKey a key the client keeps for one form, so a double submit creates
 * one application
 */
public record NewApplication(String programCode, String rrn, String name, String address, String adminDongCode,
		boolean consent, boolean financialConsent, String idempotencyKey) {

	@Override
	public String toString() {
		return "NewApplication[program=" + this.programCode + ", adminDong=" + this.adminDongCode + "]";
	}

}
