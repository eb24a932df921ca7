package io.bokjiflow.publicdata;

/**
 * The public-data sources BokjiFlow queries; agency, dataset and legal basis of each are
 * data ({@code publicdata/sources.yml}, see {@link PublicData#info(PublicDataSource)}).
 */
public enum PublicDataSource {

	QUALIFICATION("/v1/qualifications"), NATIONAL_TAX("/v1/national-tax/incomes"),
	NATIONAL_PENSION("/v1/national-pension/payments"), HEALTH_INSURANCE("/v1/health-insurance"),
	EMPLOYMENT_INSURANCE("/v1/employment-insurance"), LOCAL_TAX("/v1/local-tax/properties"),
	LAND_VEHICLE("/v1/molit/assets"), FINANCIAL("/v1/financial-assets"), RESIDENT_REGISTER("/v1/resident-register");

	private final String path;

	PublicDataSource(String path) {
		this.path = path;
	}

	/** The gateway path of the source, below the gateway's base URL. */
	public String path() {
		return this.path;
	}

}
