package io.bokjiflow.publicdata;

import java.time.Instant;

/**
 * The applicant's recorded consent to the query of financial data (금융정보 제공 동의), which the
 * financial source requires.
 *
 * @param reference where the consent is recorded (e.g. the application number)
 * @param givenAt when it was given
 */
public record FinancialDataConsent(String reference, Instant givenAt) {

	public FinancialDataConsent {
		if (reference == null || reference.isBlank() || givenAt == null) {
			throw new IllegalArgumentException("A financial-data consent needs a reference and a time");
		}
	}

}
