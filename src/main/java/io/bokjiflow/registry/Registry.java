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

	/**
	 * Records a resident-register change of a person, once per change id, in one
	 * transaction: the life event, the person's status (DEATH, DEREGISTRATION,
	 * EMIGRATION), 행정동, address and move-in day (MOVE), or the qualification's end or a
	 * new qualification (QUALIFICATION_CHANGE); then publishes {@link LifeEventRecorded}
	 * in that transaction. A change id already recorded changes nothing and publishes
	 * nothing.
	 * @param change the change
	 * @return the published event, or empty when the change was recorded before
	 * @throws IllegalArgumentException when the person does not exist
	 */
	Optional<LifeEventRecorded> recordLifeEvent(LifeEventChange change);

	/**
	 * Suspends an ACTIVE benefit record (수급 중지), e.g. when an impact review applies a
	 * suspension; the record's period ends the day before the suspension takes effect.
	 * @param benefitRecordId the record
	 * @param effectiveFrom the first day without the benefit
	 * @param reason why (kept as the record's source note)
	 * @return whether the record was ACTIVE and is now SUSPENDED
	 */
	boolean suspendBenefit(UUID benefitRecordId, java.time.LocalDate effectiveFrom, String reason);

}
