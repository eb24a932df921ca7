package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.List;

/**
 * The qualifications a source confirms for a person on a date.
 *
 * @param asOf the reference date of the query
 * @param qualifications the confirmed qualifications (empty when none)
 */
public record QualificationReport(LocalDate asOf, List<QualificationFact> qualifications) {

	/** Whether a qualification of this kind holds on {@link #asOf()}. */
	public boolean holds(QualificationKind kind) {
		return this.qualifications.stream().anyMatch(q -> q.kind() == kind && q.validOn(this.asOf));
	}

}
