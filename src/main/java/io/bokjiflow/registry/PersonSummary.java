package io.bokjiflow.registry;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What other modules may see of a person without a purpose: masked identity and address
 * codes.
 *
 * @param id the person id
 * @param maskedRrn e.g. {@code 711231-1******}
 * @param name the full name (shown to caseworkers of the person's case)
 * @param maskedName e.g. {@code 김*용}
 * @param birthDate the birth date
 * @param sex {@code M} or {@code F}
 * @param adminDongCode the 행정동 code of the address
 * @param status ALIVE, DECEASED, DEREGISTERED or EMIGRATED
 */
public record PersonSummary(UUID id, String maskedRrn, String name, String maskedName, LocalDate birthDate, String sex,
		String adminDongCode, String status) {

	/** The 시·군·구 code (first five digits of the 행정동 code). */
	public String sigunguCode() {
		return this.adminDongCode.substring(0, 5);
	}

}
