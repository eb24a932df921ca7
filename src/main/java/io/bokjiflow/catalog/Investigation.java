package io.bokjiflow.catalog;

/**
 * How much a work-processing-support program investigates before it decides.
 */
public enum Investigation {

	/**
	 * Only simple facts are checked, e.g. "is the applicant a basic-livelihood
	 * recipient?".
	 */
	DATA_ONLY,

	/** A full income and asset investigation (소득·재산 조사) decides. */
	INCOME_ASSET

}
