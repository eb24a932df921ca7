package io.bokjiflow.integrity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.bokjiflow.registry.LifeEventKind;

/**
 * The impact review of one recorded resident-register change (영향 검토): per benefit record
 * of the person (and of household members where the change matters), the proposed action
 * with its legal basis and deadline, and the caseworker's decision.
 *
 * @param id the review
 * @param reviewNo its readable number, the business key of its process (IMP-…)
 * @param changeId the change
 * @param personId the person the change is about
 * @param changeKind what changed
 * @param occurredOn when
 * @param sigunguCode the 시·군·구 whose caseworkers review it (after a move: the new one)
 * @param previousSigunguCode after a move to another 시·군·구: the old one (its caseworkers
 * see the task too), else {@code null}
 * @param status OPEN or DONE
 * @param createdAt when it was created
 * @param proposals the proposals, in order
 */
public record ImpactReview(UUID id, String reviewNo, String changeId, UUID personId, LifeEventKind changeKind,
		LocalDate occurredOn, String sigunguCode, String previousSigunguCode, String status, Instant createdAt,
		List<Proposal> proposals) {

	/** The prefix of review numbers. */
	public static final String REVIEW_NO_PREFIX = "IMP-";

	public ImpactReview {
		proposals = List.copyOf(proposals);
	}

	/**
	 * One proposal.
	 *
	 * @param seq its number within the review (from 1)
	 * @param benefitRecordId the benefit record
	 * @param beneficiaryId who receives it
	 * @param householdMember whether the beneficiary is another member of the person's
	 * household
	 * @param programCode the program
	 * @param action what to do
	 * @param rule the impact rule (integrity/impact-rules.yml)
	 * @param monthlyAmountWon the benefit's monthly amount
	 * @param months for RECOVER: months paid after the event, else {@code null}
	 * @param amountWon for RECOVER: the amount to recover, else {@code null}
	 * @param effectiveFrom from when the action applies
	 * @param deadline by when the caseworker should act
	 * @param legalBasis the legal basis
	 * @param decision APPLY or NOT_APPLY, {@code null} while open
	 * @param decisionReason why not applied (or a note)
	 * @param recoveredWon for an applied RECOVER: the amount ordered through the payments
	 * module (0 when the payments were not made through BokjiFlow)
	 */
	public record Proposal(int seq, UUID benefitRecordId, UUID beneficiaryId, boolean householdMember,
			String programCode, ImpactAction action, String rule, long monthlyAmountWon, Integer months, Long amountWon,
			LocalDate effectiveFrom, LocalDate deadline, String legalBasis, String decision, String decisionReason,
			Long recoveredWon) {
	}

}
