package io.bokjiflow.publicdata;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's resident register entry (주민등록): status, address and household, with
 * household members' names masked and their numbers left out.
 *
 * @param status ALIVE, DECEASED, DEREGISTERED or EMIGRATED
 * @param statusChangedOn when the status last changed, if it did
 * @param adminDongCode the 행정동 of the registered address
 * @param movedInOn the date of moving in
 * @param household the members of the person's household
 */
public record ResidentRecord(String status, LocalDate statusChangedOn, String adminDongCode, LocalDate movedInOn,
		List<Member> household) {

	/**
	 * A household member.
	 *
	 * @param maskedName e.g. {@code 김*용}
	 * @param relationship HEAD, SPOUSE, CHILD, PARENT, …
	 * @param birthYear year of birth
	 * @param sex M or F
	 * @param status the member's status
	 */
	public record Member(String maskedName, String relationship, int birthYear, String sex, String status) {
	}

}
