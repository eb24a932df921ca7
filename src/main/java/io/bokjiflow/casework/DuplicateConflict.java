package io.bokjiflow.casework;

import java.time.LocalDate;

/**
 * One duplicate-benefit conflict found for a case at decision time (중복 수급 확인), as the
 * review and the case view list it.
 *
 * @param rule the number of the duplicate-benefit pair type
 * @param effect the rule's effect: BLOCK, OFFSET_AMOUNT, OFFSET_SHARE or WARN
 * @param programCode the conflicting benefit's program
 * @param programNameKo its Korean name
 * @param programNameEn its English name, or {@code null} where none is known
 * @param householdMember whether the benefit is a household member's (가구원), not the
 * applicant's own (본인)
 * @param agencyCode the paying agency of the conflicting benefit
 * @param periodFrom first day of the conflicting benefit
 * @param periodTo last day, or {@code null} while it runs
 * @param offsetWon the monthly offset of an OFFSET_AMOUNT rule, else {@code null}
 * @param offsetPercent the share of an OFFSET_SHARE rule, else {@code null}
 * @param reference the rule's legal or source reference
 */
public record DuplicateConflict(int rule, String effect, String programCode, String programNameKo, String programNameEn,
		boolean householdMember, String agencyCode, LocalDate periodFrom, LocalDate periodTo, Long offsetWon,
		Integer offsetPercent, String reference) {

	/** Whether the conflict blocks an approval without a supervisor. */
	public boolean blocking() {
		return "BLOCK".equals(this.effect);
	}

}
