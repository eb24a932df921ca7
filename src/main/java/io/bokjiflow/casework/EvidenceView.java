package io.bokjiflow.casework;

import java.time.Instant;

/**
 * Public data fetched for a case, with its provenance.
 *
 * @param dataset what was fetched, e.g. {@code QUALIFICATION}
 * @param source who answered
 * @param legalBasis the law that allowed the query
 * @param fetchedAt when
 * @param summary the facts, as a short readable line
 */
public record EvidenceView(String dataset, String source, String legalBasis, Instant fetchedAt, String summary) {
}
