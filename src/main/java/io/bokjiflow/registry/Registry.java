package io.bokjiflow.registry;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The registry module's API.
 */
public interface Registry {

	/**
	 * Finds a person by resident registration number (through the keyed hash).
	 * @param rrn the number
	 * @return the person, masked
	 */
	Optional<PersonSummary> find(Rrn rrn);

	/**
	 * Finds a person by id.
	 * @param personId the id
	 * @return the person, masked
	 */
	Optional<PersonSummary> find(UUID personId);

	/**
	 * Returns the existing person with this number or registers a new one.
	 * @param registration the person's facts
	 * @return the person
	 */
	PersonSummary findOrRegister(PersonRegistration registration);

	/**
	 * The person's whole record in the integrated DB, masked; every read is audited.
	 * @param personId the person
	 * @param accessedBy the user asking
	 * @param purpose why (e.g. an application number or "person view")
	 * @return the profile, if the person exists
	 */
	Optional<PersonProfile> profile(UUID personId, String accessedBy, String purpose);

	/**
	 * Reveals a person's resident registration number for a stated purpose; every call is
	 * audited.
	 * @param personId the person
	 * @param accessedBy the user or system component asking
	 * @param purpose why, e.g. the application number the number is needed for
	 * @return the clear number
	 */
	Rrn revealRrn(UUID personId, String accessedBy, String purpose);

	/**
	 * The members of the person's registered household (the person included), masked; an
	 * investigation asks the public-data sources once per member. Empty when the person
	 * has no registered household.
	 * @param personId the person
	 * @return the members, head first
	 */
	List<PersonProfile.Member> household(UUID personId);

	/**
	 * Records a recognised income assessment (e.g. when a case calculates one); the
	 * latest on or before a date is what support criteria on income read.
	 * @param assessment the assessment
	 */
	void recordIncomeAssessment(IncomeAssessment assessment);

}
