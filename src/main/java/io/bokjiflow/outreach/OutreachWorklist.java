package io.bokjiflow.outreach;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The community centre's worklist of missing services (누락 서비스 발굴 대상자) and the outreach
 * that follows each. Every call acts for the signed-in user: caseworkers and supervisors
 * of the 행정동's 시·군·구 only.
 */
public interface OutreachWorklist {

	/**
	 * The prefix of an outreach's business key, which the task list shows as its number.
	 */
	String OUTREACH_NO_PREFIX = "OR-";

	/**
	 * Starts a run over the living residents of a 행정동 in the background; re-running
	 * updates the candidates found before and never duplicates them.
	 * @param adminDongCode the 행정동 (10 digits) of the user's 시·군·구
	 * @return the run, RUNNING
	 * @throws io.bokjiflow.shared.UserFacingException {@code outreach.error.notYourDong}
	 * for a 행정동 of another 시·군·구, {@code outreach.error.runRunning} while a run of the
	 * 행정동 is running
	 */
	WorklistRun startRun(String adminDongCode);

	/**
	 * Runs the finder over a 행정동 on the calling thread (what {@link #startRun} does in
	 * the background).
	 * @param adminDongCode the 행정동
	 * @return the finished run
	 */
	WorklistRun runNow(String adminDongCode);

	/**
	 * A run by id, for its progress.
	 * @param runId the run
	 * @return the run
	 */
	Optional<WorklistRun> run(UUID runId);

	/**
	 * The latest run of a 행정동.
	 * @param adminDongCode the 행정동
	 * @return the run, empty when none ran yet
	 */
	Optional<WorklistRun> latestRun(String adminDongCode);

	/**
	 * The candidates of a 행정동.
	 * @param adminDongCode the 행정동
	 * @param statuses the statuses to show (empty for all)
	 * @return the candidates, newest status change first
	 */
	List<OutreachCandidate> candidates(String adminDongCode, Set<OutreachStatus> statuses);

	/**
	 * The candidates stored for a person (any status).
	 * @param personId the person
	 * @return the candidates
	 */
	List<OutreachCandidate> candidatesOf(UUID personId);

	/**
	 * Starts the outreach of a stored candidate: a "contact the person" task for the
	 * caseworkers of the 시·군·구.
	 * @param candidateId the candidate
	 * @return the candidate, OUTREACH_STARTED
	 * @throws io.bokjiflow.shared.UserFacingException
	 * {@code outreach.error.alreadyStarted} when it is not NEW
	 */
	OutreachCandidate startOutreach(UUID candidateId);

	/**
	 * Starts the outreach of a finding of the person view: stores the candidate (finding
	 * it again now) and starts its outreach.
	 * @param personId the person
	 * @param programCode the program
	 * @return the candidate, OUTREACH_STARTED
	 * @throws io.bokjiflow.shared.UserFacingException {@code outreach.error.notMissing}
	 * when the program is no longer a finding
	 */
	OutreachCandidate startOutreach(UUID personId, String programCode);

	/**
	 * Records the contact of a started outreach: completes its "contact the person" task
	 * (the task is worked here, not in the case task view, since it has no case file).
	 * @param candidateId the candidate
	 * @param reached whether the person was reached
	 * @param willApply whether a reached person means to apply (else they declined)
	 * @param note the caseworker's note, may be empty
	 * @return the candidate after the contact: OUTREACH_STARTED while waiting for the
	 * application, else DECLINED or NOT_REACHED
	 * @throws io.bokjiflow.shared.UserFacingException
	 * {@code outreach.error.noContactTask} when no contact task is open
	 */
	OutreachCandidate recordContact(UUID candidateId, boolean reached, boolean willApply, String note);

	/**
	 * Whether the contact task of a candidate's outreach is open.
	 * @param candidateId the candidate
	 * @return whether it waits for the contact to be recorded
	 */
	boolean awaitingContact(UUID candidateId);

}
