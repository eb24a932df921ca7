package io.bokjiflow.openmarket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a local-program case runs on and what it gave: the program version pinned when it
 * started and its benefit steps (voucher, reduction, delivery, end of a regular benefit).
 */
public interface LocalProgramCases {

	/**
	 * The version a case runs on.
	 * @param applicationId the application
	 * @return the pinned version, empty before the process pinned one or for other cases
	 */
	Optional<PinnedVersion> pinnedVersion(UUID applicationId);

	/**
	 * The benefit steps recorded on a case, oldest first.
	 * @param applicationId the application
	 * @return the records
	 */
	List<BenefitRecord> benefitRecords(UUID applicationId);

	/**
	 * The version a case was pinned to.
	 *
	 * @param applicationId the application
	 * @param programCode the local program
	 * @param versionId the version's id
	 * @param version its number
	 * @param pinnedAt when
	 */
	record PinnedVersion(UUID applicationId, String programCode, UUID versionId, int version, Instant pinnedAt) {
	}

	/**
	 * One benefit step of a case.
	 *
	 * @param kind {@code VOUCHER_ISSUED}, {@code REDUCTION_REGISTERED}, {@code DELIVERED}
	 * or {@code BENEFIT_ENDED}
	 * @param reference the voucher or registration number, or the reason an ended benefit
	 * ended
	 * @param amountWon the value, where there is one
	 * @param detail what was given, in Korean
	 * @param recordedBy the caseworker, or {@code system}
	 * @param recordedAt when
	 */
	record BenefitRecord(String kind, String reference, Long amountWon, String detail, String recordedBy,
			Instant recordedAt) {
	}

}
