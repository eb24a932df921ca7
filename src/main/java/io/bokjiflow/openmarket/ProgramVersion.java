package io.bokjiflow.openmarket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One version of a local program's configuration. A published version is never changed: a
 * change is a new version with its own effective date, and a running case keeps the
 * version it started with.
 *
 * @param id the version's id (what a case pins)
 * @param programCode the program's code, e.g. {@code L11680-LONGEVITY}
 * @param version 1, 2, … per program
 * @param revision optimistic-lock counter of a draft; a save with an older revision is
 * refused
 * @param status where the version is in its life
 * @param content what the local official configured
 * @param effectiveFrom first day the version applies (published versions)
 * @param createdBy who wrote the draft
 * @param submittedBy who asked for approval
 * @param decidedBy the supervisor who approved or rejected (never the submitter)
 * @param decidedAt when
 * @param rejectionReason why it was rejected
 */
public record ProgramVersion(UUID id, String programCode, int version, long revision, Status status,
		ProgramContent content, LocalDate effectiveFrom, String createdBy, String submittedBy, String decidedBy,
		Instant decidedAt, String rejectionReason) {

	/** The life of a version. */
	public enum Status {

		/** Being edited. */
		DRAFT,
		/** Waiting for a supervisor's approval. */
		PENDING_APPROVAL,
		/** Approved; applies from its effective date until a later version takes over. */
		PUBLISHED,
		/** Sent back with a reason; can be edited again. */
		REJECTED

	}

	/**
	 * What a local official configures for a program.
	 *
	 * @param taskType the standard task type the program runs on
	 * @param sigunguCode the local government (시·군·구) that runs it
	 * @param nameKo the program's Korean name
	 * @param nameEn its English name
	 * @param summaryKo what it gives, in plain Korean
	 * @param summaryEn in English
	 * @param legalBasis the ordinance (조례) or law it rests on
	 * @param seizureProtectedAllowed whether that legal basis allows payment into a
	 * seizure-protected account (only where an individual law provides it, FACTS.md e)
	 * @param nationalProgramCode for {@link TaskType#NATIONAL_TOP_UP}: the catalogue code
	 * of the national program whose recipients get the top-up
	 * @param applicationFormJson the application items as Camunda Forms JSON;
	 * {@code null} for the task types without an application
	 * @param criteria the support criteria
	 * @param amountWon the amount per payment (cash), or the value of the goods, voucher
	 * or reduction
	 * @param schedule when it pays, e.g. "매월 20일", "설·추석 전", "11월–3월 매월"
	 * @param budgetWon the budget of the current year, {@code null} for none set
	 * @param paymentMethods how recipients can be paid
	 * @param decisionDeadlineDays days from application to decision
	 * @param sources where the program's facts come from
	 * @param assumptions what no source gave
	 */
	public record ProgramContent(TaskType taskType, String sigunguCode, String nameKo, String nameEn, String summaryKo,
			String summaryEn, String legalBasis, boolean seizureProtectedAllowed, String nationalProgramCode,
			String applicationFormJson, Criteria criteria, long amountWon, String schedule, Long budgetWon,
			List<PaymentMethod> paymentMethods, int decisionDeadlineDays, List<String> sources,
			List<String> assumptions) {

		public ProgramContent {
			criteria = criteria == null ? Criteria.NONE : criteria;
			paymentMethods = paymentMethods == null ? List.of() : List.copyOf(paymentMethods);
			sources = sources == null ? List.of() : List.copyOf(sources);
			assumptions = assumptions == null ? List.of() : List.copyOf(assumptions);
		}

	}

	/** How a recipient can be paid. */
	public enum PaymentMethod {

		/**
		 * Transfer to the recipient's account (seizure-protected where allowed and held).
		 */
		BANK_TRANSFER,
		/** Cash picked up at the community centre. */
		CASH_AT_CENTRE,
		/** Goods, a service, a voucher or a reduction instead of money. */
		NON_CASH

	}

}
