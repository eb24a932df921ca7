package io.bokjiflow.publicdata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The answer of a qualification source: what it confirms, as of when, from whom and on
 * which legal basis; stored as evidence by the case that asked.
 *
 * @param source the answering source (a simulator names itself as one)
 * @param legalBasis the law that allows the query
 * @param asOf the reference date of the query
 * @param fetchedAt when the answer arrived
 * @param qualifications the confirmed qualifications (empty when none)
 */
public record QualificationReport(String source, String legalBasis, LocalDate asOf, Instant fetchedAt,
		List<QualificationFact> qualifications) {

	/** Whether a qualification of this kind holds on {@link #asOf()}. */
	public boolean holds(QualificationKind kind) {
		return this.qualifications.stream().anyMatch(q -> q.kind() == kind && q.validOn(this.asOf));
	}

}
