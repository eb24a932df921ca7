package io.bokjiflow.openmarket;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The local programs and their versions: read by processes and the catalogue, edited by
 * local officials, published with a supervisor's approval (four eyes).
 */
public interface LocalPrograms {

	/**
	 * The programs of a 시·군·구 (all of them for {@code null}), each as its latest version
	 * of any status.
	 * @param sigunguCode the local government, or {@code null}
	 * @return the latest version per program, by program code
	 */
	List<ProgramVersion> programs(String sigunguCode);

	/**
	 * The published version that applies on a date: the one with the latest effective
	 * date on or before it.
	 * @param programCode the program
	 * @param on the date (an application's date)
	 * @return the version, empty when none applies yet
	 */
	Optional<ProgramVersion> effective(String programCode, LocalDate on);

	/**
	 * One version by id.
	 * @param versionId the id
	 * @return the version
	 */
	Optional<ProgramVersion> version(UUID versionId);

	/**
	 * Every version of a program, newest first.
	 * @param programCode the program
	 * @return the versions
	 */
	List<ProgramVersion> versions(String programCode);

	/**
	 * Creates a new program as a draft (version 1).
	 * @param programCode the new program's code
	 * @param content what it is
	 * @return the draft
	 */
	ProgramVersion createProgram(String programCode, ProgramVersion.ProgramContent content);

	/**
	 * Starts a change: a new draft version copied from the latest published one (or
	 * returns the open draft when there is one).
	 * @param programCode the program
	 * @return the draft
	 */
	ProgramVersion draftChange(String programCode);

	/**
	 * Saves a draft's content; refused when somebody saved it since
	 * {@code expectedRevision}.
	 * @param versionId the draft
	 * @param expectedRevision the revision the editor started from
	 * @param content the new content
	 * @return the saved draft with its new revision
	 */
	ProgramVersion saveDraft(UUID versionId, long expectedRevision, ProgramVersion.ProgramContent content);

	/**
	 * Asks a supervisor to approve a draft taking effect on a date.
	 * @param versionId the draft
	 * @param effectiveFrom the first day it is to apply (today or later)
	 * @return the version, pending approval
	 */
	ProgramVersion submitForApproval(UUID versionId, LocalDate effectiveFrom);

	/**
	 * Approves and publishes a pending version; only a supervisor of the program's 시·군·구
	 * who did not submit it.
	 * @param versionId the pending version
	 * @return the published version
	 */
	ProgramVersion approve(UUID versionId);

	/**
	 * Sends a pending version back.
	 * @param versionId the pending version
	 * @param reason why
	 * @return the rejected version
	 */
	ProgramVersion reject(UUID versionId, String reason);

	/**
	 * Who a version's criteria select in the registry, and how that differs from the
	 * version in force: counted by the SQL evaluator on the given date.
	 * @param versionId the draft or pending version
	 * @param on the reference date
	 * @return the counts
	 */
	Preview preview(UUID versionId, LocalDate on);

	/**
	 * The Camunda form a published version's application items were deployed as, for a
	 * user task's {@code camunda:formRef="${applicationFormId}"
	 * camunda:formRefBinding="version"
	 * camunda:formRefVersion="${applicationFormVersion}"}, so that a running case keeps
	 * the form of its version.
	 * @param versionId the published version
	 * @return the form, empty for a version not published or of a task type without an
	 * application
	 */
	Optional<ApplicationForm> applicationForm(UUID versionId);

	/**
	 * A deployed application form.
	 *
	 * @param formId the Camunda form id, {@code om-application-<programCode>}
	 * @param camundaVersion the version Camunda gave the deployed form
	 */
	record ApplicationForm(String formId, int camundaVersion) {
	}

	/**
	 * The outcome of a preview.
	 *
	 * @param qualifying living persons the version's criteria select
	 * @param current living persons the version in force selects ({@code 0} for a new
	 * program)
	 * @param gaining selected by the new version and not by the current one
	 * @param losing selected by the current version and not by the new one
	 */
	record Preview(long qualifying, long current, long gaining, long losing) {
	}

}
