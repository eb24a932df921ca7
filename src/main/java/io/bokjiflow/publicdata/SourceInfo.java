package io.bokjiflow.publicdata;

/**
 * Who holds a source's records and on which legal basis BokjiFlow may query them.
 *
 * @param agencyKo the agency, in Korean
 * @param agencyEn the agency, in English
 * @param datasetKo the dataset, in Korean
 * @param datasetEn the dataset, in English
 * @param legalBasis the law that allows the query
 * @param assumption what no source gave, or {@code null}
 */
public record SourceInfo(String agencyKo, String agencyEn, String datasetKo, String datasetEn, String legalBasis,
		String assumption) {
}
