package io.bokjiflow.publicdata;

import java.time.LocalDate;

/**
 * One qualification a source confirms, with its validity.
 *
 * @param kind the qualification
 * @param validFrom first day it holds
 * @param validTo last day it holds, or {@code null} when open-ended
 * @param detail e.g. the benefit kind or disability degree, as the source words it
 */
public record QualificationFact(QualificationKind kind, LocalDate validFrom, LocalDate validTo, String detail) {

	/** Whether the qualification holds on a date. */
	public boolean validOn(LocalDate date) {
		return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
	}

}
