package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.List;

/**
 * What the integrated eligibility & benefit-history DB knows of a person: household,
 * qualifications, benefits received, accounts and changes — personal numbers masked.
 *
 * @param person the person
 * @param household the members of the person's household (the person included)
 * @param qualifications qualifications held now or earlier
 * @param benefits benefit records (수급이력), newest first
 * @param accounts accounts benefits are paid into
 * @param events life events (death, deregistration, moves, …), newest first
 */
public record PersonProfile(PersonSummary person, List<Member> household, List<Qualification> qualifications,
		List<Benefit> benefits, List<Account> accounts, List<Event> events) {

	/**
	 * A household member.
	 *
	 * @param personId the member
	 * @param maskedName e.g. {@code 김*용}
	 * @param relationship the relationship to the head
	 * @param birthDate the birth date
	 * @param sex M or F
	 * @param status the register status
	 */
	public record Member(java.util.UUID personId, String maskedName, String relationship, LocalDate birthDate,
			String sex, String status) {
	}

	/**
	 * A qualification.
	 *
	 * @param kind e.g. BASIC_LIVELIHOOD
	 * @param validFrom first day
	 * @param validTo last day, or {@code null} while it holds
	 * @param detail benefit kind, degree …
	 * @param source where the fact comes from
	 */
	public record Qualification(String kind, LocalDate validFrom, LocalDate validTo, String detail, String source) {

		/** Whether it holds on a date. */
		public boolean validOn(LocalDate date) {
			return !date.isBefore(this.validFrom) && (this.validTo == null || !date.isAfter(this.validTo));
		}

	}

	/**
	 * A benefit record.
	 *
	 * @param programCode the program
	 * @param agencyCode the paying agency
	 * @param periodFrom first day
	 * @param periodTo last day, or {@code null} while it runs
	 * @param amountWon the monthly amount
	 * @param status ACTIVE, SUSPENDED, ENDED or RECOVERED
	 */
	public record Benefit(String programCode, String agencyCode, LocalDate periodFrom, LocalDate periodTo,
			long amountWon, String status) {
	}

	/**
	 * An account.
	 *
	 * @param bankName the bank
	 * @param maskedNumber the number, masked
	 * @param kind NORMAL or SEIZURE_PROTECTED
	 * @param openedOn opened
	 * @param closedOn closed, or {@code null}
	 */
	public record Account(String bankName, String maskedNumber, String kind, LocalDate openedOn, LocalDate closedOn) {
	}

	/**
	 * A life event.
	 *
	 * @param kind DEATH, DEREGISTRATION, EMIGRATION, MOVE or QUALIFICATION_CHANGE
	 * @param occurredOn when
	 * @param detail a short description
	 * @param source where the fact comes from
	 */
	public record Event(String kind, LocalDate occurredOn, String detail, String source) {
	}

}
