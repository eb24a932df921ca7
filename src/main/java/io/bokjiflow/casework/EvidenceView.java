package io.bokjiflow.casework;

import java.time.Instant;
import java.util.List;

import io.bokjiflow.publicdata.QualificationFact;

/**
 * Public data fetched for a case, with its provenance.
 *
 * @param dataset what was fetched, e.g. {@code QUALIFICATION}
 * @param source who answered
 * @param legalBasis the law that allowed the query
 * @param fetchedAt when
 * @param qualifications the qualifications the source confirmed (dataset
 * {@code QUALIFICATION})
 */
public record EvidenceView(String dataset, String source, String legalBasis, Instant fetchedAt,
		List<QualificationFact> qualifications) {
}
