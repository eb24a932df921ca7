package io.bokjiflow.outreach;

import java.time.Instant;
import java.util.UUID;

/**
 * A stored finding of the worklist: a person, a program and the outreach that follows it.
 *
 * @param id the candidate's id (also the outreach process's business key)
 * @param personId the person
 * @param personMasked the person's masked name
 * @param adminDongCode the person's 행정동 when found
 * @param finding the finding (rule and evidence) as last found
 * @param foundAt when first found
 * @param lastSeenAt when a run or the person view last found it
 * @param status where it stands
 * @param statusChangedAt when the status last changed
 * @param statusChangedBy who changed it ({@code system} for runs and events)
 * @param processInstanceId the outreach process, once started
 * @param applicationNo the application that followed, once there is one
 * @param note the caseworker's note from the contact
 */
public record OutreachCandidate(UUID id, UUID personId, String personMasked, String adminDongCode,
		MissingService finding, Instant foundAt, Instant lastSeenAt, OutreachStatus status, Instant statusChangedAt,
		String statusChangedBy, String processInstanceId, String applicationNo, String note) {
}
