package io.bokjiflow.casework;

import java.time.Instant;
import java.util.List;

import io.bokjiflow.publicdata.QualificationFact;

/**
 * Public data fetched for a case, with its provenance.
 *
 * @param dataset the public-data source queried, e.g. {@code QUALIFICATION}
 * @param subject whom the answer is about: {@code APPLICANT} or a household member's
 * masked name and relationship
 * @param source who answered (a simulator names itself)
 * @param legalBasis the law that allowed the query
 * @param fetchedAt when
 * @param requestId the id of the request that fetched it
 * @param payloadSha256 SHA-256 of the answer as received
 * @param qualifications the qualifications the source confirmed (dataset
 * {@code QUALIFICATION})
 */
public record EvidenceView(String dataset, String subject, String source, String legalBasis, Instant fetchedAt,
		String requestId, String payloadSha256, List<QualificationFact> qualifications) {
}
