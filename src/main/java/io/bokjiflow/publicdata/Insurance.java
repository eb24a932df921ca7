package io.bokjiflow.publicdata;

/**
 * Health insurance (국민건강보험공단) or employment insurance (근로복지공단) status.
 *
 * @param healthKind EMPLOYEE, REGIONAL, DEPENDENT or MEDICAL_AID (health insurance only)
 * @param monthlyPremiumWon the monthly health insurance premium
 * @param incomeBaseWon the monthly income the premium is based on
 * @param employmentInsured whether employment insurance covers the person (employment
 * only)
 * @param employer the insured employer, if any
 */
public record Insurance(String healthKind, long monthlyPremiumWon, long incomeBaseWon, boolean employmentInsured,
		String employer) {
}
