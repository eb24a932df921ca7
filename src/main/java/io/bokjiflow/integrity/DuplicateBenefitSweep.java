package io.bokjiflow.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import io.bokjiflow.integrity.DuplicateBenefitRules.Effect;

/**
 * The nightly duplicate-benefit sweep (중복 수급 일제 점검): every pair of ACTIVE benefit records
 * that conflicts under the current rule version, found in one set-based pass, stored once
 * as a finding with a proposed action, each new finding reviewed by the caseworkers of
 * both programs' 시·군·구 in one task.
 */
public interface DuplicateBenefitSweep {

	/** Process key of the review ({@code processes/integrity/conflict-review.bpmn}). */
	String REVIEW_PROCESS_KEY = "conflict-review";

	/** Prefix of a finding's number, the review process's business key. */
	String FINDING_NO_PREFIX = "INT-";

	/**
	 * Sweeps the whole database as the scheduler does; an administrator's "run now".
	 * @return what the sweep did
	 * @throws io.bokjiflow.shared.UserFacingException
	 * {@code integrity.error.administratorOnly} for anyone but an administrator
	 */
	SweepResult runNow();

	/**
	 * Sweeps the ACTIVE records of the persons whose 행정동 code starts with a prefix (the
	 * whole database for {@code null}): new findings are stored and their reviews
	 * started, findings whose records are no longer both ACTIVE are closed as resolved.
	 * Runs as the system (no user check): the scheduler and tests call it.
	 * @param adminDongPrefix a prefix of {@code reg_person.admin_dong_code}, or
	 * {@code null} for everyone
	 * @return what the sweep did
	 */
	SweepResult sweep(String adminDongPrefix);

	/**
	 * The conflicting pairs the sweep would find now, without storing anything (the same
	 * SQL as the sweep's pass).
	 * @param adminDongPrefix as for {@link #sweep(String)}
	 * @return the pairs, normalised (record a &lt; record b)
	 */
	List<ConflictPair> pairs(String adminDongPrefix);

	/**
	 * The findings of persons whose 행정동 code starts with a prefix, newest first.
	 * @param adminDongPrefix the prefix ({@code null}: all, at most 500)
	 * @return the findings
	 */
	List<Finding> findings(String adminDongPrefix);

	/**
	 * The finding a review task is about, if the user may see it (a caseworker of one of
	 * its 시·군·구, or a supervisor there, or an administrator).
	 * @param taskId the review task
	 * @return the finding with the task's details
	 */
	Optional<Review> review(String taskId);

	/**
	 * Completes a review task as the current user (claiming it when nobody holds it) and
	 * records the outcome on the finding.
	 * @param taskId the review task
	 * @param outcome the caseworker's decision
	 * @param reason why, 5 to 500 characters; required unless {@link Outcome#ACCEPTED}
	 * @throws io.bokjiflow.shared.UserFacingException {@code integrity.error.noReview}
	 * when the task is not the user's to work, {@code integrity.error.reviewReason} for a
	 * missing reason
	 */
	void completeReview(String taskId, Outcome outcome, String reason);

	/** What the sweep proposes. */
	enum ProposedAction {

		/** Stop the later-granted record (BLOCK, nothing paid for past months yet). */
		STOP,
		/** Reduce the later-granted record by the rule's amount or share. */
		OFFSET,
		/** Stop the later-granted record and recover what it paid since it began. */
		RECOVER,
		/** Only review (WARN). */
		REVIEW

	}

	/** A finding's state. */
	enum Status {

		/** Found; the review task is open. */
		OPEN,
		/** The caseworkers recorded an outcome. */
		REVIEWED,
		/** A later sweep found the two records no longer both ACTIVE. */
		RESOLVED

	}

	/** The caseworker's outcome of a review. */
	enum Outcome {

		/** The proposed action is taken. */
		ACCEPTED,
		/** Another action, with a reason. */
		OTHER_ACTION,
		/** Not a conflict (false positive), with a reason. */
		FALSE_POSITIVE

	}

	/**
	 * What one sweep did.
	 *
	 * @param ruleVersion the rule version swept with
	 * @param on the day the records were ACTIVE
	 * @param pairsFound conflicting pairs found (new and known)
	 * @param created new findings (each started one review)
	 * @param resolved findings closed because their records are no longer both ACTIVE
	 * @param millis how long it took
	 */
	record SweepResult(int ruleVersion, LocalDate on, int pairsFound, int created, int resolved, long millis) {
	}

	/**
	 * One conflicting pair as the sweep's pass finds it.
	 *
	 * @param ruleNumber the rule
	 * @param effect the rule's effect
	 * @param household whether the rule counts household members
	 * @param recordA the record with the smaller id
	 * @param recordB the other
	 * @param personA who receives record a
	 * @param personB who receives record b
	 */
	record ConflictPair(int ruleNumber, Effect effect, boolean household, UUID recordA, UUID recordB, UUID personA,
			UUID personB) {
	}

	/**
	 * A stored finding.
	 *
	 * @param id the finding
	 * @param findingNo its number ({@code INT-…}), the review's business key
	 * @param ruleVersion the rule version it was found with
	 * @param ruleNumber the rule
	 * @param effect the rule's effect
	 * @param household whether the rule counts household members
	 * @param recordA the record with the smaller id
	 * @param recordB the other
	 * @param personA who receives record a
	 * @param personB who receives record b
	 * @param programA record a's program
	 * @param programB record b's program
	 * @param sigunguA the 시·군·구 that reviews record a
	 * @param sigunguB the 시·군·구 that reviews record b
	 * @param proposedAction what is proposed
	 * @param actionRecord the record the action applies to, or {@code null}
	 * @param offsetAmountWon the monthly reduction for OFFSET, else {@code null}
	 * @param recoverAmountWon the amount to recover for RECOVER, else {@code null}
	 * @param recoverMonths the months paid since the later record began, for RECOVER
	 * @param status its state
	 * @param foundOn the day it was found
	 * @param outcome the review's outcome, or {@code null}
	 * @param outcomeReason the reviewer's reason, or {@code null}
	 * @param reviewedBy who reviewed it, or {@code null}
	 * @param reviewedAt when, or {@code null}
	 */
	record Finding(UUID id, String findingNo, int ruleVersion, int ruleNumber, Effect effect, boolean household,
			UUID recordA, UUID recordB, UUID personA, UUID personB, String programA, String programB, String sigunguA,
			String sigunguB, ProposedAction proposedAction, UUID actionRecord, Long offsetAmountWon,
			Long recoverAmountWon, Integer recoverMonths, Status status, LocalDate foundOn, Outcome outcome,
			String outcomeReason, String reviewedBy, Instant reviewedAt) {
	}

	/**
	 * A review task with its finding and what the form shows.
	 *
	 * @param taskId the task
	 * @param assignee who holds it, or {@code null}
	 * @param finding the finding
	 * @param formJson the task's Camunda form (form-js JSON)
	 * @param variables the process variables the form shows
	 */
	record Review(String taskId, String assignee, Finding finding, String formJson,
			java.util.Map<String, Object> variables) {
	}

}
