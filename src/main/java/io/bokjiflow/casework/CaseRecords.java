package io.bokjiflow.casework;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import io.bokjiflow.registry.PersonProfile;

/**
 * The case view's read model of one application: the case file with the applicant's
 * record, the evidence with its age, the decision history, where the process stands and
 * who did what; and the re-fetch of a public dataset. Every call acts for the signed-in
 * user and sees only their 시·군·구's cases (another's case is "not found", as an unknown
 * one).
 */
public interface CaseRecords {

	/**
	 * Evidence older than this is flagged stale: a month is how long the agencies'
	 * monthly updates (incomes, assets, qualifications) can leave an answer behind.
	 */
	Duration STALE_AFTER = Duration.ofDays(30);

	/**
	 * The case by application number.
	 * @param applicationNo the number
	 * @return the case, empty when unknown or not the user's
	 */
	Optional<CaseOverview> overview(String applicationNo);

	/**
	 * Where the case's process stands, drawn on the process definition version the case
	 * runs on.
	 * @param applicationNo the number
	 * @return the position, empty when unknown or not the user's
	 */
	Optional<ProcessPosition> processPosition(String applicationNo);

	/**
	 * Who did what on the case, newest first: submission, claims, assignments and
	 * completions of tasks, operations in Camunda's own apps, evidence fetches and
	 * re-fetches, decisions, deadline actions, notices and reads of the applicant's
	 * personal data for the case.
	 * @param applicationNo the number
	 * @return the entries, empty when unknown or not the user's
	 */
	List<AuditEntry> auditTrail(String applicationNo);

	/**
	 * Fetches a public dataset of an open case again (for every household member when the
	 * dataset is a household one) and keeps the new answer as evidence; the answer it
	 * replaces is kept in the re-fetch record.
	 * @param applicationNo the number
	 * @param dataset the public-data source, e.g. {@code QUALIFICATION}
	 * @return the re-fetches recorded, one per subject
	 * @throws io.bokjiflow.shared.UserFacingException when the case is unknown, not the
	 * user's, decided, or the agency does not answer
	 */
	List<Refetch> refetch(String applicationNo, String dataset);

	/**
	 * One case as the case view shows it.
	 *
	 * @param caseFile the case file (application, evidence, rule result, decision)
	 * @param applicant the applicant's record in the integrated DB (masked), if readable
	 * @param evidence the evidence with its age, in the case file's order
	 * @param otherApplications the applicant's other applications the user may see,
	 * newest first
	 * @param deadlineActions the supervisors' deadline actions, oldest first
	 * @param notices the notices of decision recorded, oldest first
	 * @param refetches the re-fetches of evidence, newest first
	 * @param open whether the case is still open (not decided)
	 */
	record CaseOverview(CaseFile caseFile, Optional<PersonProfile> applicant, List<EvidenceAge> evidence,
			List<ApplicationSummary> otherApplications, List<DeadlineAction> deadlineActions, List<Notice> notices,
			List<Refetch> refetches, boolean open) {
	}

	/**
	 * A piece of evidence and how old it is.
	 *
	 * @param evidence the evidence
	 * @param age time since it was fetched
	 * @param stale whether it is older than {@link #STALE_AFTER}
	 */
	record EvidenceAge(EvidenceView evidence, Duration age, boolean stale) {

		/** The age of a piece of evidence at an instant. */
		public static EvidenceAge of(EvidenceView evidence, Instant now) {
			Duration age = Duration.between(evidence.fetchedAt(), now);
			return new EvidenceAge(evidence, age.isNegative() ? Duration.ZERO : age, age.compareTo(STALE_AFTER) > 0);
		}

	}

	/**
	 * A supervisor's action on a near deadline.
	 *
	 * @param action KEEP or EXTEND
	 * @param extensionDays days added, for EXTEND
	 * @param reason the reason told to the applicant, for EXTEND
	 * @param dueBefore the deadline before
	 * @param dueAfter the deadline after
	 * @param actedBy the supervisor
	 * @param actedAt when
	 */
	record DeadlineAction(String action, Integer extensionDays, String reason, LocalDate dueBefore, LocalDate dueAfter,
			String actedBy, Instant actedAt) {
	}

	/**
	 * A notice of decision.
	 *
	 * @param channel how it was sent (LETTER)
	 * @param summary which letter and the version of its wording
	 * @param recordedAt when
	 */
	record Notice(String channel, String summary, Instant recordedAt) {
	}

	/**
	 * A re-fetch of one dataset for one subject, with the answer it replaced.
	 *
	 * @param dataset the public-data source
	 * @param subject {@code APPLICANT} or a household member's masked name and
	 * relationship
	 * @param previousFetchedAt when the replaced answer was fetched, if there was one
	 * @param previousPayloadSha256 the replaced answer's hash
	 * @param fetchedAt when the new answer was fetched
	 * @param payloadSha256 the new answer's hash
	 * @param refetchedBy who asked
	 * @param refetchedAt when
	 */
	record Refetch(String dataset, String subject, Instant previousFetchedAt, String previousPayloadSha256,
			Instant fetchedAt, String payloadSha256, String refetchedBy, Instant refetchedAt) {

		/** Whether the agency's answer changed. */
		public boolean changed() {
			return this.previousPayloadSha256 == null || !this.previousPayloadSha256.equals(this.payloadSha256);
		}

	}

	/**
	 * Where a case's process stands.
	 *
	 * @param root the program's process instance
	 * @param called the call activities' instances the root waits in (running ones),
	 * outermost first
	 */
	record ProcessPosition(Diagram root, List<Diagram> called) {
	}

	/**
	 * One process instance on its definition's diagram.
	 *
	 * @param processInstanceId the instance
	 * @param definitionId the process definition (its exact version)
	 * @param definitionKey the process key
	 * @param version the version
	 * @param name the process name (Korean, as modelled)
	 * @param bpmnXml the BPMN XML of that version
	 * @param ended whether the instance ended
	 * @param activeActivityIds the activities it waits in now
	 * @param completedActivityIds the activities it passed
	 * @param activeActivityNames the names of the active activities, in the order of
	 * their ids
	 */
	record Diagram(String processInstanceId, String definitionId, String definitionKey, int version, String name,
			String bpmnXml, boolean ended, List<String> activeActivityIds, List<String> completedActivityIds,
			List<String> activeActivityNames) {
	}

	/**
	 * One line of the audit trail.
	 *
	 * @param at when
	 * @param actor the user id, or {@code system} for the engine and its jobs
	 * @param actorName the user's display name, or the actor
	 * @param kind what happened (a message key suffix, e.g. {@code TASK_COMPLETED})
	 * @param subject what it happened to (a task name, a dataset …), may be {@code null}
	 * @param detail more, may be {@code null}
	 */
	record AuditEntry(Instant at, String actor, String actorName, String kind, String subject, String detail) {
	}

}
