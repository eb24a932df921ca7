package io.bokjiflow.publicdata;

import java.time.LocalDate;

import io.bokjiflow.registry.Rrn;

/**
 * The public-data module's API: typed queries to the agencies' records. Every method
 * sends the resident number in the request body (never in a URL) and returns the answer
 * with its provenance, or throws {@link PublicDataUnavailableException}.
 */
public interface PublicData {

	/** Agency, dataset and legal basis of a source. */
	SourceInfo info(PublicDataSource source);

	/** Qualifications held on a date (사회보장정보원). */
	PublicDataAnswer<QualificationReport> qualifications(Rrn rrn, LocalDate asOf);

	/** Incomes of a year (국세청). */
	PublicDataAnswer<Incomes> nationalTaxIncomes(Rrn rrn, int year);

	/** Pension payments of a year (국민연금공단). */
	PublicDataAnswer<Incomes> pensions(Rrn rrn, int year);

	/** Health insurance status, premium and income base (국민건강보험공단). */
	PublicDataAnswer<Insurance> healthInsurance(Rrn rrn);

	/** Employment insurance status (근로복지공단). */
	PublicDataAnswer<Insurance> employmentInsurance(Rrn rrn);

	/** Housing, land and buildings from property tax records (지방세). */
	PublicDataAnswer<Assets> localTaxProperties(Rrn rrn, LocalDate asOf);

	/** Land, buildings, vehicles and rent deposits (국토교통부). */
	PublicDataAnswer<Assets> landAndVehicles(Rrn rrn, LocalDate asOf);

	/**
	 * Financial assets and debts; only with the applicant's recorded consent.
	 * @throws IllegalArgumentException without a consent
	 */
	PublicDataAnswer<Assets> financialAssets(Rrn rrn, LocalDate asOf, FinancialDataConsent consent);

	/** Resident status, address and household (주민등록). */
	PublicDataAnswer<ResidentRecord> residentRecord(Rrn rrn);

}
