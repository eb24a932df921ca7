package io.bokjiflow.publicdata;

import java.time.LocalDate;

import io.bokjiflow.registry.Rrn;

/**
 * The public-data module's API.
 */
public interface PublicData {

	/**
	 * Asks the qualification source (사회보장정보시스템 자격정보) which qualifications a person holds.
	 * @param rrn the person's resident registration number (sent in the body, never in a
	 * URL)
	 * @param asOf the reference date
	 * @return the source's answer
	 * @throws PublicDataUnavailableException when the source fails
	 */
	QualificationReport qualifications(Rrn rrn, LocalDate asOf);

}
